using NewsGraph.Extraction;

namespace NewsGraph.Graph.Linking;

/// <summary>
/// The statements of a set of articles, and the statement each quote stands for: the statement of its one unit,
/// or, for a quote that strings several together, a composite statement named after them. Units quoted together
/// are one composite statement even where another article quotes only part of it, unless articles quote two of
/// them on their own.
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
        var speakers = SpeakerAliases.Of(articles.Select(a => a.Extraction));
        var occurrences = articles
            .SelectMany(a => a.Extraction.Quotes.SelectMany((quote, q) => quote.Units.Select((unit, u) =>
                new StatementOccurrence(a.Key, q, u, speakers.KeyOf(quote.Speaker), unit, quote.Form == QuoteForm.Fragment))))
            .Where(o => o.Words.Count > 0)
            .ToList();
        var units = StatementLinker.Link(occurrences);
        var unitOf = units
            .SelectMany(s => s.Occurrences.Select(o => (o.Occurrence, s)))
            .ToDictionary(x => (x.Occurrence.Article, x.Occurrence.Quote, x.Occurrence.Unit), x => x.s);

        var index = units.Select((unit, i) => (unit.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var quoted = new List<(string Article, int Quote, int[] Parts)>();
        var alone = new List<(int Part, string Article)>();
        foreach (var (key, extraction) in articles)
        {
            var runOf = SplitQuotes.Runs(extraction);
            var halves = runOf.CountBy(run => run).Where(run => run.Value > 1).Select(run => run.Key).ToHashSet();
            var (aloneHere, inRunHere) = (new HashSet<int>(), new HashSet<int>());
            for (var q = 0; q < extraction.Quotes.Count; q++)
            {
                var parts = Enumerable.Range(0, extraction.Quotes[q].Units.Count)
                    .Select(u => unitOf.GetValueOrDefault((key, q, u)))
                    .OfType<LinkedStatement>()
                    .Select(s => index[s.Id])
                    .Distinct()
                    .ToArray();
                if (parts.Length == 0)
                {
                    continue;
                }

                quoted.Add((key, q, parts));
                var quote = extraction.Quotes[q];
                if (parts.Length == 1 && quote.Speaker is not null && quote.Form != QuoteForm.Fragment && !halves.Contains(runOf[q]))
                {
                    aloneHere.Add(parts[0]);
                }
                else if (parts.Length > 1)
                {
                    inRunHere.UnionWith(parts);
                }
            }

            alone.AddRange(aloneHere.Except(inRunHere).Select(part => (part, key)));
        }

        // Units quoted together are one run of speech, and a quote of any part of it relays that statement; but units
        // that one article quotes each on its own, and never together, are statements of their own that a quote
        // strings together. Words quoted alone without a speaker or as a fragment are no such sign (a headline or a
        // paraphrase pulls a few words out of a run), nor are the parts of a run that a paragraph quotes piece by piece.
        var articlesAlone = alone.ToLookup(a => a.Part, a => a.Article);
        var together = new UnionFind(units.Count);
        foreach (var (_, _, parts) in quoted.Where(x => x.Parts.Length > 1 && !ApartInOneArticle(x.Parts, articlesAlone)))
        {
            foreach (var part in parts.Skip(1))
            {
                together.Union(parts[0], part);
            }
        }

        var members = Enumerable.Range(0, units.Count).GroupBy(together.Find).ToDictionary(g => g.Key, g => g.Select(i => units[i]).ToList());
        var quoteStatements = new Dictionary<(string, int), string>();
        var composites = new Dictionary<string, (List<LinkedStatement> Parts, List<string> Articles)>(StringComparer.Ordinal);
        foreach (var (article, quote, parts) in quoted)
        {
            var statementUnits = parts.Select(together.Find).Distinct().SelectMany(root => members[root]).ToList();
            if (statementUnits.Count == 1)
            {
                quoteStatements[(article, quote)] = statementUnits[0].Id;
                continue;
            }

            var id = CompositeId(statementUnits);
            quoteStatements[(article, quote)] = id;
            if (!composites.TryGetValue(id, out var composite))
            {
                composites[id] = composite = (statementUnits, []);
            }

            composite.Articles.Add(article);
        }

        var all = units.Concat(composites.Values.Select(c => Composite(c.Parts, c.Articles))).ToList();
        return new QuoteLinks(all, units, quoteStatements);
    }

    /// <summary>The key that identifies a speaker across articles: their node id; null for anonymous or unknown speakers.</summary>
    public static string? SpeakerKey(SpeakerRef? speaker) => speaker?.Kind switch
    {
        SpeakerKind.Person => NodeIds.Person(speaker.Name),
        SpeakerKind.Organization => NodeIds.Organization(speaker.Name),
        _ => null,
    };

    /// <summary>Whether one article quotes two of <paramref name="parts"/> each on its own.</summary>
    private static bool ApartInOneArticle(int[] parts, ILookup<int, string> alone)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return parts.Any(part => alone[part].Any(article => !seen.Add(article)));
    }

    private static string CompositeId(IEnumerable<LinkedStatement> parts) =>
        "claim/" + NodeIds.ShortHash(string.Join('+', parts.Select(p => p.Id)), 12);

    /// <summary>A statement made of several unit statements, quoted (whole or in part) by <paramref name="articles"/>.</summary>
    private static LinkedStatement Composite(List<LinkedStatement> parts, List<string> articles)
    {
        var canonical = string.Join(' ', parts.Select(p => p.Canonical));
        var occurrences = articles
            .Select(article => new LinkedOccurrence(new StatementOccurrence(article, -1, 0, parts[0].Speaker, canonical, IsFragment: false), 1.0, Altered: false))
            .ToList();
        return new LinkedStatement(CompositeId(parts), parts[0].Speaker, canonical, false, occurrences);
    }
}
