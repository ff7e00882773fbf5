using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Splits a quote into statement units: its sentences, except that a sentence which only draws a consequence
/// from the one before ("As a result, ...", "That is why ...") or is too short to stand alone stays with it.
/// </summary>
internal static class StatementSegmenter
{
    private const int MinUnitWords = 4;

    private static readonly string[] DependentOpenings =
    [
        "as a result", "therefore", "thus", "hence", "so ", "that is why", "that's why", "this is why", "which is why",
        "because of this", "because of that", "consequently", "this means", "that means", "in other words", "and ",
        "but ", "or ", "which ", "otherwise", "then ",
    ];

    public static IReadOnlyList<string> Split(string quote)
    {
        var paragraph = new Paragraph(quote, ParagraphKind.Body);
        var units = new List<string>();
        foreach (var sentence in paragraph.Sentences)
        {
            var text = paragraph.Slice(sentence.FirstToken, sentence.EndToken);
            if (units.Count > 0 && (IsDependent(text) || WordCount(text) < MinUnitWords || WordCount(units[^1]) < MinUnitWords))
            {
                units[^1] = units[^1] + " " + text;
            }
            else
            {
                units.Add(text);
            }
        }

        return units.Count == 0 ? [quote] : units;
    }

    private static bool IsDependent(string sentence)
    {
        var lower = sentence.TrimStart('"', '\u201C', '\u2018', '\'', '(').ToLowerInvariant();
        return DependentOpenings.Any(o => lower.StartsWith(o, StringComparison.Ordinal));
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
