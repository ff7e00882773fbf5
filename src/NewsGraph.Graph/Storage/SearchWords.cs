using System.Globalization;
using System.Text;

namespace NewsGraph.Graph;

/// <summary>
/// How <see cref="IGraphStore.SearchAsync"/> cuts text into words, in every store: each run of letters, digits and
/// combining marks is a word, as SQLite's FTS5 <c>unicode61</c> tokenizer cuts them (<c>O'Brien-Smith</c> gives
/// <c>O</c>, <c>Brien</c>, <c>Smith</c>). Case and accents are left as they are.
/// </summary>
public static class SearchWords
{
    /// <summary>The words of <paramref name="text"/>, in order, repeats kept.</summary>
    public static List<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static bool IsWordRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
