using NewsGraph.Extraction;

namespace NewsGraph.Graph.Linking;

/// <summary>
/// The statements of a set of articles, and the statement each quote stands for: the statement of its one unit,
/// or, for a quote that strings several statements together, a composite statement named after them.
/// </summary>
/// <param name="Statements">Every statement (composites included), ordered by first occurrence.</param>
/// <param name="Units">The statements of the units alone: what the graph records.</param>
/// <param name="QuoteStatements">The statement id of each quote, keyed by article key and quote index.</param>
public sealed record QuoteLinks(
    IReadOnlyList<LinkedStatement> Statements,
    IReadOnlyList<LinkedStatement> Units,
    IReadOnlyDictionary<(string Article, int Quote), string> QuoteStatements)
{
    /// <summary>Links the quotes of <paramref name="articles"/>, each given with a key unique in the set.</summary>
    public static QuoteLinks Build(IReadOnlyList<(string Key, ArticleExtraction Extraction)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var occurrences = articles
            .SelectMany(a => a.Extraction.Quotes.SelectMany((quote, q) => quote.Units.Select((unit, u) =>
                new StatementOccurrence(a.Key, q, u, SpeakerKey(quote.Speaker), unit, quote.Form == QuoteForm.Fragment))))
            .Where(o => o.Words.Count > 0)
            .ToList();
        var units = StatementLinker.Link(occurrences);
        var unitOf = units
            .SelectMany(s => s.Occurrences.Select(o => (o.Occurrence, s)))
            .ToDictionary(x => (x.Occurrence.Article, x.Occurrence.Quote, x.Occurrence.Unit), x => x.s);

        var quoteStatements = new Dictionary<(string, int), string>();
        var composites = new Dictionary<string, List<(string Article, LinkedStatement[] Parts)>>(StringComparer.Ordinal);
        foreach (var (key, extraction) in articles)
        {
            for (var q = 0; q < extraction.Quotes.Count; q++)
            {
                var parts = Enumerable.Range(0, extraction.Quotes[q].Units.Count)
                    .Select(u => unitOf.GetValueOrDefault((key, q, u)))
                    .OfType<LinkedStatement>()
                    .DistinctBy(s => s.Id)
                    .ToArray();
                if (parts.Length == 1)
                {
                    quoteStatements[(key, q)] = parts[0].Id;
                }
                else if (parts.Length > 1)
                {
                    var id = "claim/" + NodeIds.ShortHash(string.Join('+', parts.Select(p => p.Id)), 12);
                    quoteStatements[(key, q)] = id;
                    if (!composites.TryGetValue(id, out var uses))
                    {
                        composites[id] = uses = [];
                    }

                    uses.Add((key, parts));
                }
            }
        }

        var all = units.Concat(composites.Select(c => Composite(c.Key, c.Value))).ToList();
        return new QuoteLinks(all, units, quoteStatements);
    }

    /// <summary>The key that identifies a speaker across articles: their node id; null for anonymous or unknown speakers.</summary>
    public static string? SpeakerKey(SpeakerRef? speaker) => speaker?.Kind switch
    {
        SpeakerKind.Person => NodeIds.Person(speaker.Name),
        SpeakerKind.Organization => NodeIds.Organization(speaker.Name),
        _ => null,
    };

    private static LinkedStatement Composite(string id, List<(string Article, LinkedStatement[] Parts)> uses)
    {
        var parts = uses[0].Parts;
        var occurrences = uses
            .Select(u => new LinkedOccurrence(
                new StatementOccurrence(u.Article, -1, 0, parts[0].Speaker, string.Join(' ', u.Parts.Select(p => p.Canonical)), IsFragment: false),
                1.0,
                Altered: false))
            .ToList();
        return new LinkedStatement(id, parts[0].Speaker, string.Join(' ', parts.Select(p => p.Canonical)), false, occurrences);
    }
}
