namespace NewsGraph.Graph;

/// <summary>
/// The port every store adapter implements (SQLite, Neo4j). Reads that the API makes per parent are batched by id,
/// so a page of N parents costs one call, not N. Store failures surface as <see cref="GraphStoreException"/>.
/// </summary>
public interface IGraphStore
{
    /// <summary>Applies <paramref name="change"/> atomically: all of it, or nothing.</summary>
    Task ApplyAsync(GraphChange change, CancellationToken cancellationToken);

    /// <summary>The nodes with these ids that exist, in no particular order.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Every edge touching any of <paramref name="nodeIds"/> in <paramref name="direction"/>, of the given types
    /// (all types when null), ordered by type, from, to.
    /// </summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(
        IReadOnlyCollection<string> nodeIds, EdgeDirection direction, IReadOnlyCollection<string>? types, CancellationToken cancellationToken);

    /// <summary>A filtered, ordered page of one label's nodes.</summary>
    /// <exception cref="InvalidCursorException"><see cref="NodeQuery.After"/> is not a cursor this store issued for this order.</exception>
    Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken);

    /// <summary>Nodes of <paramref name="label"/> whose name or an alias has one of these <see cref="NameKey"/>s.</summary>
    Task<IReadOnlyList<GraphNode>> FindByNameKeysAsync(string label, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Nodes within <paramref name="depth"/> hops of <paramref name="id"/> (edges in either direction), at most
    /// <paramref name="limit"/> nodes, nearest first and, at one distance, in id order: a limit that cuts a distance keeps
    /// its first ids. The edges are those among the nodes returned.
    /// </summary>
    Task<Subgraph> GetNeighbourhoodAsync(string id, int depth, int limit, CancellationToken cancellationToken);

    /// <summary>A shortest path of at most <paramref name="maxHops"/> edges, taken in either direction, or null.</summary>
    Task<GraphPath?> FindShortestPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken);

    /// <summary>
    /// Full-text search over display names (names, article titles, claim text, source descriptions) and aliases, best
    /// first. A word is a run of letters, digits and combining marks; case and accents do not count. Every word of
    /// <paramref name="query"/> but the last must be a whole word of the node's texts and the last must begin one
    /// (<c>reliable sour</c> finds "a usually reliable source"; <c>liable</c> finds nothing). Text without words finds nothing.
    /// What "best" weighs is the store's own; ties come in an order of the store's own too, the same from call to call
    /// while the graph does not change, so that a smaller <paramref name="limit"/> gives the first hits of a larger one.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, IReadOnlyCollection<string>? labels, int limit, CancellationToken cancellationToken);

    /// <summary>Node counts per label and edge counts per type.</summary>
    Task<GraphCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Relays matching <see cref="RelayAggregateQuery.Filter"/>, grouped and counted by the store itself (not by
    /// reading them out): relays, distinct claims and altered relays per group, and over all groups.
    /// </summary>
    /// <remarks>
    /// A relay is a RELAYED edge from an Article to a Claim. Its outlet is the organization the article is
    /// PUBLISHED_BY, its speaker the node that STATED the claim (the smallest id where there are several), its day the
    /// first ten characters of the article's <c>publishedAt</c>, its kind as <see cref="RelayKind"/> says.
    /// </remarks>
    Task<RelayAggregate> AggregateRelaysAsync(RelayAggregateQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The claims with the most relays matching <paramref name="filter"/> (at most <paramref name="first"/>), most
    /// relays first, ties by claim id; relays as <see cref="AggregateRelaysAsync"/> counts them.
    /// </summary>
    Task<IReadOnlyList<ClaimRelayCount>> TopClaimsAsync(RelayFilter filter, int first, CancellationToken cancellationToken);

    /// <summary>Every node, ordered by label then id (for export and store comparison).</summary>
    IAsyncEnumerable<GraphNode> ReadAllNodesAsync(CancellationToken cancellationToken);

    /// <summary>Every edge, ordered by type, from, to.</summary>
    IAsyncEnumerable<GraphEdge> ReadAllEdgesAsync(CancellationToken cancellationToken);

    /// <summary>Throws <see cref="GraphStoreException"/> when the store cannot be reached or used.</summary>
    Task CheckHealthAsync(CancellationToken cancellationToken);
}
