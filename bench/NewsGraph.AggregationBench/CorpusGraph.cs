using System.Globalization;
using NewsGraph.Corpus;
using NewsGraph.Graph;

namespace NewsGraph.AggregationBench;

/// <summary>
/// The graph of a generated corpus written straight from its ground truth: each article with its outlet and date,
/// each statement as a claim stated by its speaker, and one relay per article and statement (altered, fragment and
/// wording as the truth says). The import pipeline would find the same shape, but its statement linker compares every
/// pair of quotes and cannot link 100,000 articles (bench/README.md); aggregations only read the graph.
/// </summary>
internal static class CorpusGraph
{
    /// <summary>One change per <paramref name="batch"/> articles.</summary>
    public static IEnumerable<GraphChange> Changes(IEnumerable<GeneratedArticle> articles, int batch) =>
        articles.Chunk(batch).Select(Change);

    private static GraphChange Change(GeneratedArticle[] articles)
    {
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var edges = new List<GraphEdge>();
        foreach (var article in articles)
        {
            var id = NodeIds.Article(NodeIds.ShortHash(article.FileName, 16));
            var outlet = NodeIds.Organization(article.Outlet);
            nodes[id] = Node(id, NodeLabels.Article, ("title", article.FileName), ("outlet", article.Outlet),
                ("publishedAt", article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            nodes[outlet] = Node(outlet, NodeLabels.Organization, ("name", article.Outlet), ("kind", "NEWS_OUTLET"));
            edges.Add(Edge(EdgeTypes.PublishedBy, id, outlet));
            foreach (var statement in article.Quotes.GroupBy(quote => quote.StatementId, StringComparer.Ordinal))
            {
                var quote = statement.OrderBy(q => q.IsFragment).First();
                var claim = "claim/" + NodeIds.ShortHash(quote.StatementId, 12);
                var speaker = quote.SpeakerIsOrganization ? NodeIds.Organization(quote.Speaker) : NodeIds.Person(quote.Speaker);
                nodes[claim] = Node(claim, NodeLabels.Claim, ("text", quote.StatementId), ("kind", "QUOTE"));
                nodes.TryAdd(speaker, Node(speaker, quote.SpeakerIsOrganization ? NodeLabels.Organization : NodeLabels.Person, ("name", quote.Speaker)));
                edges.Add(Edge(EdgeTypes.Stated, speaker, claim, ("verb", "said")));
                edges.Add(Edge(EdgeTypes.Relayed, id, claim, ("wording", quote.Wording), ("altered", quote.Altered), ("fragment", quote.IsFragment)));
            }
        }

        return new GraphChange { UpsertNodes = [.. nodes.Values], UpsertEdges = edges };
    }

    private static GraphNode Node(string id, string label, params (string Key, object? Value)[] properties) =>
        new(id, label, properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    private static GraphEdge Edge(string type, string from, string to, params (string Key, object? Value)[] properties) =>
        new(type, from, to, properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
}
