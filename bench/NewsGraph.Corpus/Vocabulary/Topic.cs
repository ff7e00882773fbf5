using NewsGraph.Corpus.Templates;

namespace NewsGraph.Corpus.Vocabulary;

/// <summary>A kind of story: its words, organizations, headlines, leads and background sentences.</summary>
/// <param name="Id">A short name ("port-strike").</param>
/// <param name="Words">Each word's alternatives ("problem" = "the strike" | "the stoppage").</param>
/// <param name="Headlines">Headline templates.</param>
/// <param name="Leads">First-paragraph templates.</param>
/// <param name="Background">Sentences that carry no quote.</param>
internal sealed record Topic(
    string Id,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Words,
    IReadOnlyList<Template> Headlines,
    IReadOnlyList<Template> Leads,
    IReadOnlyList<Template> Background)
{
    /// <summary>The words drawn once per story; the others name organizations and are drawn once per country.</summary>
    public static readonly IReadOnlyList<string> StoryWords = ["measure", "problem", "group", "goods", "sector"];

    /// <summary>The alternatives of one word.</summary>
    public IReadOnlyList<string> Alternatives(string word) =>
        Words.TryGetValue(word, out var values) ? values : throw new InvalidOperationException($"topic {Id} has no '{word}'");
}
