using System.Globalization;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Nodes and edges to the rows that write statements unwind, and result records back to nodes and edges.
/// Node rows carry the id, the name keys and the search terms inside the property map, so one <c>SET n = row.props</c> replaces
/// everything at once.
/// </summary>
internal static class GraphRecords
{
    /// <summary>The columns <see cref="Columns.Node"/> returns.</summary>
    public const string NodeLabelColumn = "nodeLabel";

    /// <summary>The columns <see cref="Columns.Node"/> returns.</summary>
    public const string NodePropertiesColumn = "nodeProps";

    /// <summary>The row that upserts <paramref name="node"/>: <c>{id, props}</c>.</summary>
    public static Dictionary<string, object?> NodeRow(GraphNode node)
    {
        var properties = StoredProperties(node.Properties, node.Id);
        properties[StoreSchema.IdProperty] = node.Id;
        var keys = NameKeysOf(node);
        if (keys.Count > 0)
        {
            properties[StoreSchema.NameKeysProperty] = keys;
        }

        var terms = SearchTerms.OfNode(node);
        if (terms.Count > 0)
        {
            properties[StoreSchema.SearchTermsProperty] = terms;
        }

        return new Dictionary<string, object?> { ["id"] = node.Id, ["props"] = properties };
    }

    /// <summary>The row that upserts <paramref name="edge"/>: <c>{source, target, props}</c>.</summary>
    public static Dictionary<string, object?> EdgeRow(GraphEdge edge) => new()
    {
        ["source"] = edge.From,
        ["target"] = edge.To,
        ["props"] = StoredProperties(edge.Properties, $"{edge.Type} {edge.From} -> {edge.To}"),
    };

    /// <summary>The row that names an edge to delete: <c>{source, target}</c>.</summary>
    public static Dictionary<string, object?> EdgeKeyRow(EdgeKey key) => new() { ["source"] = key.From, ["target"] = key.To };

    /// <summary>The distinct, non-empty <see cref="NameKey"/>s of the name, aliases and description of a node.</summary>
    public static List<string> NameKeysOf(GraphNode node)
    {
        var names = new List<string>();
        names.AddRange(new[] { node.GetString("name"), node.GetString("description") }.OfType<string>());
        names.AddRange(node.GetStrings("aliases"));
        return [.. names.Select(NameKey.Of).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A node from the <see cref="NodeLabelColumn"/> and <see cref="NodePropertiesColumn"/> of a record.</summary>
    public static GraphNode ToNode(CypherRecord record) =>
        ToNode(record.GetString(NodeLabelColumn), record.GetMap(NodePropertiesColumn));

    /// <summary>A node from a map with the keys <see cref="NodeLabelColumn"/> and <see cref="NodePropertiesColumn"/>.</summary>
    public static GraphNode ToNode(IReadOnlyDictionary<string, object?> map) =>
        ToNode(map[NodeLabelColumn] as string, map[NodePropertiesColumn] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>());

    /// <summary>An edge from the columns of <see cref="Columns.Edge"/>.</summary>
    public static GraphEdge ToEdge(CypherRecord record) =>
        new(record.GetString("relType") ?? "", record.GetString("source") ?? "", record.GetString("target") ?? "", ModelProperties(record.GetMap("relProps")));

    /// <summary>An edge from a map with the keys of <see cref="Columns.Edge"/>.</summary>
    public static GraphEdge ToEdge(IReadOnlyDictionary<string, object?> map) =>
        new(map["relType"] as string ?? "", map["source"] as string ?? "", map["target"] as string ?? "",
            ModelProperties(map["relProps"] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>()));

    private static GraphNode ToNode(string? label, IReadOnlyDictionary<string, object?> stored) =>
        new(stored.TryGetValue(StoreSchema.IdProperty, out var id) ? id as string ?? "" : "", label ?? "", ModelProperties(stored));

    private static Dictionary<string, object?> ModelProperties(IReadOnlyDictionary<string, object?> stored)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in stored)
        {
            if (!StoreSchema.IsReserved(key))
            {
                properties[key] = value is IReadOnlyList<object?> list
                    ? list.Select(item => Convert.ToString(item, CultureInfo.InvariantCulture) ?? "").ToArray()
                    : value;
            }
        }

        return properties;
    }

    private static Dictionary<string, object?> StoredProperties(IReadOnlyDictionary<string, object?> properties, string owner)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var stored = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (StoreSchema.IsReserved(key))
            {
                throw new ArgumentException($"'{key}' is kept by the store and cannot be a property ({owner}).", nameof(properties));
            }

            if (value is not null)
            {
                stored[key] = StorableValue(value, key, owner);
            }
        }

        return stored;
    }

    private static object StorableValue(object value, string key, string owner) => value switch
    {
        string or long or double or bool => value,
        int or short or byte => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        float number => (double)number,
        IEnumerable<string?> list when list.All(item => item is not null) => list.ToArray(),
        _ => throw new ArgumentException(
            $"Property '{key}' of {owner} has a value of type {value.GetType()}; a store keeps strings, integers, floats, booleans and lists of strings.",
            nameof(value)),
    };
}
