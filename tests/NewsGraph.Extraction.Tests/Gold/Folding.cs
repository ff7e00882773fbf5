using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsGraph.Extraction.Tests.Gold;

/// <summary>The text folding of the project's scorer: accents, case, punctuation and possessives ignored.</summary>
internal static partial class Folding
{
    public static string Fold(string? text)
    {
        var decomposed = (text ?? "").Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        var folded = builder.ToString().ToLowerInvariant().Replace('\u2019', '\'').Replace('-', ' ');
        folded = NonWord().Replace(folded, " ");
        folded = Possessive().Replace(folded, "").Replace("'", "", StringComparison.Ordinal);
        return string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static string NameKey(string? name)
    {
        var key = Fold(name);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    public static HashSet<string> Words(string? text) => [.. Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    [GeneratedRegex(@"[^\w\s']")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"'s\b")]
    private static partial Regex Possessive();
}
