using System.Collections.Frozen;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>The fixed Cypher of the reads; values always arrive as parameters. Runs on 3.1 and on 5.x.</summary>
internal static class ReadStatements
{
    /// <summary>The hop bound of <see cref="ShortestPath"/>: Cypher takes no parameter there, so it is a constant.</summary>
    public const int MaxPathHops = 15;

    /// <summary>Nodes by id: <c>$ids</c>.</summary>
    public const string NodesById = "MATCH (n:Node) WHERE n.id IN $ids RETURN " + Columns.Node;

    /// <summary>Ids next to <c>$frontier</c> not in <c>$seen</c>, at most <c>$limit</c>, by id.</summary>
    public const string Neighbours =
        "UNWIND $frontier AS id MATCH (:Node {id: id})--(b:Node) WHERE NOT b.id IN $seen "
        + "WITH DISTINCT b.id AS next ORDER BY next LIMIT $limit RETURN next";

    /// <summary>Edges whose two ends are in <c>$ids</c>.</summary>
    public const string EdgesAmong =
        "MATCH (a:Node)-[r]->(b:Node) WHERE a.id IN $ids AND b.id IN $ids RETURN " + Columns.Edge + " ORDER BY relType, source, target";

    /// <summary>A shortest path from <c>$from</c> to <c>$to</c> of at most <c>$maxHops</c> edges.</summary>
    public static string ShortestPath { get; } =
        $"MATCH (a:Node {{id: $from}}), (b:Node {{id: $to}}) MATCH p = shortestPath((a)-[*..{MaxPathHops}]-(b)) WITH p WHERE length(p) <= $maxHops "
        + $"RETURN [x IN nodes(p) | {Columns.NodeMap}] AS pathNodes, [x IN relationships(p) | {Columns.EdgeMap}] AS pathEdges";

    /// <summary>A statement that needs the server and the database but touches no data.</summary>
    public const string Ping = "RETURN 1 AS ok";

    private const string TypeFilter = " AND ($types IS NULL OR type(r) IN $types) ";

    private const string EdgeOrder = " RETURN " + Columns.Edge + " ORDER BY relType, source, target";

    /// <summary>Edges touching <c>$ids</c> in a direction, of <c>$types</c> (all when null).</summary>
    public static FrozenDictionary<EdgeDirection, string> EdgesOf { get; } = new Dictionary<EdgeDirection, string>
    {
        [EdgeDirection.Outgoing] = "MATCH (a:Node)-[r]->() WHERE a.id IN $ids" + TypeFilter + EdgeOrder,
        [EdgeDirection.Incoming] = "MATCH ()-[r]->(b:Node) WHERE b.id IN $ids" + TypeFilter + EdgeOrder,
        [EdgeDirection.Both] = "MATCH (x:Node)-[r]-() WHERE x.id IN $ids" + TypeFilter + "WITH DISTINCT r" + EdgeOrder,
    }.ToFrozenDictionary();

    /// <summary>Per label: nodes whose name keys meet <c>$keys</c>.</summary>
    public static FrozenDictionary<string, string> ByNameKeys { get; } = PerLabel(label =>
        $"MATCH (n:{label}) WHERE any(k IN coalesce(n.{StoreSchema.NameKeysProperty}, []) WHERE k IN $keys) WITH n ORDER BY n.id RETURN {Columns.Node}");

    /// <summary>Per label: the next <c>$limit</c> nodes after id <c>$after</c>.</summary>
    public static FrozenDictionary<string, string> AllNodesPage { get; } = PerLabel(label =>
        $"MATCH (n:{label}) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $limit RETURN {Columns.Node}");

    /// <summary>Per type: the next <c>$limit</c> edges after (<c>$source</c>, <c>$target</c>).</summary>
    public static FrozenDictionary<string, string> AllEdgesPage { get; } = EdgeTypes.All.ToFrozenDictionary(type => type, type =>
        $"MATCH (a:Node)-[r:{type}]->(b:Node) WHERE a.id > $source OR (a.id = $source AND b.id > $target) "
        + $"WITH r, a, b ORDER BY a.id, b.id LIMIT $limit RETURN {Columns.Edge}", StringComparer.Ordinal);

    /// <summary>One count per label, then one per edge type, each in the column <c>c</c>.</summary>
    public static IReadOnlyList<string> Counts { get; } =
    [
        .. NodeLabels.All.Select(label => $"MATCH (n:{label}) RETURN count(n) AS c"),
        .. EdgeTypes.All.Select(type => $"MATCH ()-[r:{type}]->() RETURN count(r) AS c"),
    ];

    private static FrozenDictionary<string, string> PerLabel(Func<string, string> statement) =>
        NodeLabels.All.ToFrozenDictionary(label => label, statement, StringComparer.Ordinal);
}
