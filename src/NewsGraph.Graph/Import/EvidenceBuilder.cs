using System.Globalization;
using NewsGraph.Extraction;
using NewsGraph.Graph.Linking;

namespace NewsGraph.Graph.Import;

/// <summary>Turns an article's extraction into its node, its contributions to entities, and its statement occurrences.</summary>
internal static class EvidenceBuilder
{
    public static ArticleEvidence Build(ArticleExtraction extraction, DateTimeOffset importedAt)
    {
        var metadata = extraction.Metadata;
        var articleId = NodeIds.Article(metadata.ContentHash);
        var publishedAt = metadata.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var article = new GraphNode(articleId, NodeLabels.Article, new Dictionary<string, object?>
        {
            [Props.Source] = extraction.Source,
            [Props.Title] = metadata.Title,
            [Props.Outlet] = metadata.Outlet,
            [Props.Url] = metadata.Url,
            [Props.PublishedAt] = publishedAt,
            [Props.Language] = metadata.Language,
            [Props.WordCount] = (long)metadata.WordCount,
            [Props.ContentHash] = metadata.ContentHash,
            [Props.ImportedAt] = importedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            [Props.Text] = extraction.Text,
        });

        var entities = new List<EntityContribution>();
        entities.AddRange(extraction.People.Select(p => new EntityContribution(
            NodeIds.Person(p.Name),
            NodeLabels.Person,
            p.Name,
            p.Aliases,
            null,
            p.Mentions,
            p.Roles.Where(r => r.Organization is null).Select(r => r.Title).Distinct().ToList(),
            p.Roles.Where(r => r.Organization is not null).Select(r => EntityContribution.Affiliation(NodeIds.Organization(r.Organization!), r.Title)).Distinct().ToList())));
        entities.AddRange(extraction.Organizations.Select(o => new EntityContribution(
            NodeIds.Organization(o.Name), NodeLabels.Organization, o.Name, o.Aliases, EnumNames.UpperSnake(o.Kind), o.Mentions, [], [])));
        entities.AddRange(extraction.Places.Select(p => new EntityContribution(
            NodeIds.Place(p.Name), NodeLabels.Place, p.Name, p.Aliases, EnumNames.UpperSnake(p.Kind), p.Mentions, [], [])));
        entities = entities.Where(e => NameKey.Of(e.Name).Length > 0).DistinctBy(e => e.Id).ToList();

        var mentioned = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var implied = extraction.Places
            .Where(p => p.Country is not null && !mentioned.Contains(NodeIds.Place(p.Country)) && NameKey.Of(p.Country).Length > 0)
            .Select(p => new EntityContribution(NodeIds.Place(p.Country!), NodeLabels.Place, p.Country!, [], "COUNTRY", 0, [], []))
            .DistinctBy(c => c.Id)
            .ToList();

        var edges = new List<GraphEdge>();
        if (metadata.Outlet is not null)
        {
            edges.Add(new GraphEdge(EdgeTypes.PublishedBy, articleId, NodeIds.Organization(metadata.Outlet), Empty()));
        }

        edges.AddRange(metadata.Credits
            .Select(c => NodeIds.Organization(c))
            .Where(mentioned.Contains)
            .Distinct()
            .Select(id => new GraphEdge(EdgeTypes.Credits, articleId, id, Empty())));
        edges.AddRange(extraction.Places
            .Where(p => p.Country is not null && NodeIds.Place(p.Country) != NodeIds.Place(p.Name))
            .Select(p => new GraphEdge(EdgeTypes.LocatedIn, NodeIds.Place(p.Name), NodeIds.Place(p.Country!), Empty()))
            .DistinctBy(e => e.Key));

        return new ArticleEvidence(article, entities, implied, edges, Occurrences(extraction, articleId, publishedAt, entities));
    }

    private static List<ClaimOccurrence> Occurrences(ArticleExtraction extraction, string articleId, string? publishedAt, List<EntityContribution> entities)
    {
        var occurrences = new List<ClaimOccurrence>();
        for (var q = 0; q < extraction.Quotes.Count; q++)
        {
            var quote = extraction.Quotes[q];
            for (var u = 0; u < quote.Units.Count; u++)
            {
                var unit = quote.Units[u];
                var occurrence = new StatementOccurrence(articleId, q, u, QuoteLinks.SpeakerKey(quote.Speaker), unit, quote.Form == QuoteForm.Fragment);
                if (occurrence.Words.Count == 0 || IsScareQuote(quote, occurrence))
                {
                    continue;
                }

                occurrences.Add(new ClaimOccurrence(
                    occurrence,
                    quote.Speaker?.Name,
                    quote.Speaker is null ? null : EnumNames.UpperSnake(quote.Speaker.Kind),
                    quote.Verb,
                    quote.Channel,
                    quote.Via is null ? null : NodeIds.Organization(quote.Via),
                    quote.CitedSource?.Name,
                    quote.CitedSource is null ? null : EnumNames.UpperSnake(quote.CitedSource.Kind),
                    quote.Response is null ? null : EnumNames.UpperSnake(quote.Response.Stance),
                    quote.Response?.Target,
                    publishedAt,
                    About(unit, entities)));
            }
        }

        return occurrences;
    }

    /// <summary>A word or two in quotation marks that nobody is said to have said ("so-called "unfettered" access") is no claim.</summary>
    private static bool IsScareQuote(Quote quote, StatementOccurrence occurrence) =>
        quote.Speaker is null && quote.Form == QuoteForm.Fragment && occurrence.ContentWords.Count < 3;

    /// <summary>The entities whose name or a form of it the wording contains.</summary>
    private static List<string> About(string wording, List<EntityContribution> entities)
    {
        var key = " " + NameKey.Of(wording) + " ";
        return entities
            .Where(e => e.Forms.Append(e.Name).Select(NameKey.Of).Any(f => f.Length > 0 && key.Contains(" " + f + " ", StringComparison.Ordinal)))
            .Select(e => e.Id)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, object?> Empty() => [];
}
