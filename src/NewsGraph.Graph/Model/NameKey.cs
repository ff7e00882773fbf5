using System.Globalization;
using System.Text;

namespace NewsGraph.Graph;

/// <summary>
/// The comparison form of a name: accents folded, lower case, "&amp;" read as "and", punctuation and a leading
/// "the" dropped ("The Financial Times’" and "financial times" share the key <c>financial times</c>).
/// </summary>
public static class NameKey
{
    /// <summary>The key of <paramref name="name"/>; empty when it has no letters or digits.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var original in name)
        {
            // An accented letter folds to its base letter(s); marks typed as separate characters are skipped.
            if ((original < 0x80 ? null : LetterFolding.Fold(original)) is { } folded)
            {
                foreach (var c in folded)
                {
                    Append(builder, c, ref pendingSpace);
                }
            }
            else
            {
                Append(builder, original, ref pendingSpace);
            }
        }

        var key = builder.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>The key as a URL-safe slug: words joined by hyphens (<c>kim-jong-un</c>).</summary>
    public static string Slug(string name) => Of(name).Replace(' ', '-');

    private static void Append(StringBuilder builder, char c, ref bool pendingSpace)
    {
        if (c is '\'' or '\u2019' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return;
        }

        if (char.IsLetterOrDigit(c))
        {
            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(char.ToLowerInvariant(c));
            pendingSpace = false;
        }
        else if (c == '&')
        {
            builder.Append(builder.Length > 0 ? " and" : "and");
            pendingSpace = true;
        }
        else
        {
            pendingSpace = true;
        }
    }
}
