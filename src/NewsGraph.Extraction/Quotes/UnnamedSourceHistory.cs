using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// The unnamed source each paragraph of the body describes first, found by the words of its description: "the person
/// said" looks up the last "a person familiar with the matter" before it instead of reading every paragraph back to the
/// top, which an article of thousands of such turns would do thousands of times.
/// </summary>
internal sealed class UnnamedSourceHistory(IReadOnlyList<Paragraph> body)
{
    private Dictionary<string, List<(int Paragraph, string Description)>>? _byWord;
    private HashSet<Paragraph>? _inBody;
    private readonly Dictionary<Paragraph, int> _noneBefore = [];

    /// <summary>
    /// The description of the last unnamed source with this noun ("a person familiar with the matter") before the token,
    /// and the index of the paragraph that introduces it.
    /// </summary>
    public (string Description, int Paragraph)? Before(string noun, Paragraph paragraph, int token)
    {
        if (_byWord is null || _inBody is null)
        {
            (_byWord, _inBody) = (Index(body), body.ToHashSet());
        }

        if (_inBody.Contains(paragraph) && FirstInParagraph(paragraph, token) is { } here && Words(here).Contains(noun, StringComparer.OrdinalIgnoreCase))
        {
            return (here, paragraph.Index);
        }

        if (!_byWord.TryGetValue(noun, out var sources))
        {
            return null;
        }

        var low = SortedSearch.CountBefore(sources, s => s.Paragraph < paragraph.Index);
        return low == 0 ? null : (sources[low - 1].Description, sources[low - 1].Paragraph);
    }

    /// <summary>
    /// The first unnamed source of the paragraph before the token. Asked again further on in a long paragraph, the scan
    /// starts just before where the last one found none: every noun two or more tokens before that end was read then
    /// exactly as it would be now, so a paragraph of thousands of quotes is read once, not once per quote.
    /// </summary>
    private string? FirstInParagraph(Paragraph paragraph, int token)
    {
        var noneBefore = _noneBefore.GetValueOrDefault(paragraph);
        var from = noneBefore > 0 && noneBefore <= token ? noneBefore - 1 : 0;
        var found = AnonymousSources.Find(paragraph, 0, token, from);
        if (found is null && token > noneBefore)
        {
            _noneBefore[paragraph] = token;
        }

        return found;
    }

    private static Dictionary<string, List<(int, string)>> Index(IReadOnlyList<Paragraph> body)
    {
        var byWord = new Dictionary<string, List<(int, string)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var paragraph in body.OrderBy(p => p.Index))
        {
            if (AnonymousSources.Find(paragraph, 0, paragraph.Tokens.Count) is not { } description)
            {
                continue;
            }

            foreach (var word in Words(description).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!byWord.TryGetValue(word, out var sources))
                {
                    byWord[word] = sources = [];
                }

                sources.Add((paragraph.Index, description));
            }
        }

        return byWord;
    }

    private static string[] Words(string description) => description.Split(' ');
}
