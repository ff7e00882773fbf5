namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>The RETURN projections every read shares, so <see cref="GraphRecords"/> reads them in one way.</summary>
internal static class Columns
{
    /// <summary>The model label and the stored properties of the node bound to <c>n</c>.</summary>
    public const string Node = "[l IN labels(n) WHERE l <> '" + StoreSchema.NodeLabel + "'][0] AS nodeLabel, properties(n) AS nodeProps";

    /// <summary>The same as <see cref="Node"/>, as a map literal for the node bound to <c>x</c> (inside list comprehensions).</summary>
    public const string NodeMap = "{nodeLabel: [l IN labels(x) WHERE l <> '" + StoreSchema.NodeLabel + "'][0], nodeProps: properties(x)}";

    /// <summary>Type, ends and properties of the relationship bound to <c>r</c>.</summary>
    public const string Edge = "type(r) AS relType, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS relProps";

    /// <summary>The same as <see cref="Edge"/>, as a map literal for the relationship bound to <c>x</c>.</summary>
    public const string EdgeMap = "{relType: type(x), source: startNode(x).id, target: endNode(x).id, relProps: properties(x)}";
}
