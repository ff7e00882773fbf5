using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

/// <summary>Builds the small graphs the conformance tests write, with the model's labels, edge types and property names.</summary>
public sealed class GraphBuilder
{
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphEdge> _edges = [];

    public IReadOnlyList<GraphNode> Nodes => _nodes;

    public IReadOnlyList<GraphEdge> Edges => _edges;

    public static Dictionary<string, object?> Properties(params (string Key, object? Value)[] properties) =>
        properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public static GraphNode NewNode(string id, string label, params (string Key, object? Value)[] properties) =>
        new(id, label, Properties(properties));

    public static GraphEdge NewEdge(string type, string from, string to, params (string Key, object? Value)[] properties) =>
        new(type, from, to, Properties(properties));

    public GraphBuilder Node(string id, string label, params (string Key, object? Value)[] properties)
    {
        _nodes.Add(NewNode(id, label, properties));
        return this;
    }

    public GraphBuilder Person(string id, string name, params string[] aliases) =>
        Node(id, NodeLabels.Person, ("name", name), ("aliases", aliases));

    public GraphBuilder Organization(string id, string name, params string[] aliases) =>
        Node(id, NodeLabels.Organization, ("name", name), ("aliases", aliases), ("kind", "NEWS_OUTLET"));

    public GraphBuilder Place(string id, string name, params string[] aliases) =>
        Node(id, NodeLabels.Place, ("name", name), ("aliases", aliases), ("kind", "REGION"));

    public GraphBuilder Source(string id, string description) =>
        Node(id, NodeLabels.AnonymousSource, ("description", description));

    public GraphBuilder Article(string id, string? title, string? publishedAt = null, string? importedAt = null, string? contentHash = null) =>
        Node(id, NodeLabels.Article, ("title", title), ("publishedAt", publishedAt), ("importedAt", importedAt), ("contentHash", contentHash), ("language", "en"));

    public GraphBuilder Claim(string id, string? text, long? relayCount = null, long? alteredCount = null, string? firstSeenAt = null) =>
        Node(id, NodeLabels.Claim, ("text", text), ("kind", "QUOTE"), ("relayCount", relayCount), ("alteredCount", alteredCount), ("firstSeenAt", firstSeenAt));

    public GraphBuilder Edge(string type, string from, string to, params (string Key, object? Value)[] properties)
    {
        _edges.Add(NewEdge(type, from, to, properties));
        return this;
    }

    /// <summary>Nodes linked one after another by <c>LOCATED_IN</c> edges, ids <c>{prefix}0</c> to <c>{prefix}{count - 1}</c>.</summary>
    public GraphBuilder Chain(string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Place($"{prefix}{i}", $"{prefix} {i}");
            if (i > 0)
            {
                Edge(EdgeTypes.LocatedIn, $"{prefix}{i - 1}", $"{prefix}{i}");
            }
        }

        return this;
    }

    public GraphChange Build() => new() { UpsertNodes = _nodes.ToArray(), UpsertEdges = _edges.ToArray() };
}
