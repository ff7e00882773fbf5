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

        if (_inBody.Contains(paragraph) && AnonymousSources.Find(paragraph, 0, token) is { } here && Words(here).Contains(noun, StringComparer.OrdinalIgnoreCase))
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
