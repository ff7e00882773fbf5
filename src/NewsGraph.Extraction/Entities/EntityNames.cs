using System.Globalization;
using System.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>Name comparison inside one article: accents folded, case, periods and apostrophes ignored, other punctuation as spaces.</summary>
internal static class EntityNames
{
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '.')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        var key = builder.ToString().TrimEnd();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>The words of a name's key.</summary>
    public static string[] Words(string name) => Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Initials of a name's significant words ("Daily Caller News Foundation" gives "DCNF").</summary>
    public static string Initials(string name) => string.Concat(
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]))
            .Select(w => w[0]));
}
