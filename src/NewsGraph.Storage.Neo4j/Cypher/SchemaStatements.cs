using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The constraints and indexes the store needs, in the DDL each server version accepts: a uniqueness constraint
/// on <c>id</c> for the shared <see cref="StoreSchema.NodeLabel"/> and every model label, and indexes for the
/// filters and orders of <see cref="NodeQuery"/>. <c>schema/neo4j.cypher</c> holds the same statements.
/// </summary>
internal static class SchemaStatements
{
    private static readonly Version IfNotExistsSince = new(4, 4);

    private static readonly (string Label, string Property)[] Indexes =
    [
        (NodeLabels.Article, "contentHash"),
        (NodeLabels.Article, "publishedAt"),
        (NodeLabels.Article, "importedAt"),
        (NodeLabels.Claim, "firstSeenAt"),
        (NodeLabels.Claim, "relayCount"),
    ];

    private static IEnumerable<string> ConstrainedLabels => [StoreSchema.NodeLabel, .. NodeLabels.All];

    /// <summary>DDL for 4.4 and later (5.x): named, <c>IF NOT EXISTS</c>, <c>FOR … REQUIRE</c>.</summary>
    public static IReadOnlyList<string> Current { get; } =
    [
        .. ConstrainedLabels.Select(label => $"CREATE CONSTRAINT {Snake(label)}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"),
        .. Indexes.Select(index => $"CREATE INDEX {Snake(index.Label)}_{Snake(index.Property)} IF NOT EXISTS FOR (n:{index.Label}) ON (n.{index.Property})"),
    ];

    /// <summary>DDL for 3.x to 4.3: <c>ON … ASSERT</c>; 3.x ignores a repeat, 4.0–4.3 report it (see <see cref="IsAlreadyThere"/>).</summary>
    public static IReadOnlyList<string> Legacy { get; } =
    [
        .. ConstrainedLabels.Select(label => $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE"),
        .. Indexes.Select(index => $"CREATE INDEX ON :{index.Label}({index.Property})"),
    ];

    /// <summary>The DDL that <paramref name="version"/> accepts.</summary>
    public static IReadOnlyList<string> For(Version version) => version >= IfNotExistsSince ? Current : Legacy;

    /// <summary>Whether <paramref name="code"/> says that the rule exists already (4.0–4.3 without IF NOT EXISTS).</summary>
    public static bool IsAlreadyThere(string code) => code is
        "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"
        or "Neo.ClientError.Schema.ConstraintAlreadyExists"
        or "Neo.ClientError.Schema.IndexAlreadyExists";

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
