using NewsGraph.Graph;
using NewsGraph.Storage.Conformance;

namespace NewsGraph.Storage.Neo4j.Tests.Faults;

/// <summary>Generated articles, each one change of the shape an import writes: article, speaker, claim, outlet and their edges.</summary>
public static class ImportBatch
{
    public const string Outlet = "org/wire";

    public static GraphChange Article(int number, int mentions = 2)
    {
        var article = $"article/{number:D4}";
        var person = $"person/speaker-{number:D4}";
        var claim = $"claim/{number:D4}";
        var places = Enumerable.Range(0, mentions).Select(i => GraphBuilder.NewNode($"place/p{number:D4}-{i}", NodeLabels.Place, ("name", $"Place {number} {i}"))).ToList();
        return new GraphChange
        {
            UpsertNodes =
            [
                GraphBuilder.NewNode(Outlet, NodeLabels.Organization, ("name", "Wire"), ("kind", "NEWS_OUTLET")),
                GraphBuilder.NewNode(article, NodeLabels.Article, ("title", $"Article {number}"), ("publishedAt", "2024-11-12"), ("wordCount", 300L + number)),
                GraphBuilder.NewNode(person, NodeLabels.Person, ("name", $"Speaker {number}")),
                GraphBuilder.NewNode(claim, NodeLabels.Claim, ("text", $"Statement {number}"), ("relayCount", 1L)),
                .. places,
            ],
            UpsertEdges =
            [
                GraphBuilder.NewEdge(EdgeTypes.PublishedBy, article, Outlet),
                GraphBuilder.NewEdge(EdgeTypes.Stated, person, claim, ("verb", "said")),
                GraphBuilder.NewEdge(EdgeTypes.Relayed, article, claim, ("similarity", 1.0), ("altered", false)),
                .. places.Select(place => GraphBuilder.NewEdge(EdgeTypes.Mentions, article, place.Id, ("count", 1L))),
            ],
        };
    }

    public static IEnumerable<string> NodeIds(IEnumerable<GraphChange> changes) =>
        changes.SelectMany(change => change.UpsertNodes).Select(node => node.Id).Distinct().Order(StringComparer.Ordinal);
}
