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
        foreach (var c in Folded(name))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
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

        var key = builder.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    // Accented letters as their base letters; combining marks (of text typed decomposed) are skipped by the caller.
    private static IEnumerable<char> Folded(string name)
    {
        foreach (var c in name)
        {
            if (LetterFolding.Fold(c) is { } folded)
            {
                foreach (var f in folded)
                {
                    yield return f;
                }
            }
            else
            {
                yield return c;
            }
        }
    }

    /// <summary>The key as a URL-safe slug: words joined by hyphens (<c>kim-jong-un</c>).</summary>
    public static string Slug(string name) => Of(name).Replace(' ', '-');
}
