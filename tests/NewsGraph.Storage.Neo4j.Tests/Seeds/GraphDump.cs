using System.Globalization;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Tests.Seeds;

/// <summary>
/// A whole graph as sorted lines, one per node and per relationship, each property written with its type
/// (<c>similarity=double:1</c>, <c>count=long:1</c>), so two graphs compare exactly and a difference reads plainly.
/// </summary>
public static class GraphDump
{
    public static async Task<List<string>> OfAsync(IGraphStore store) =>
        Of(await store.ReadAllNodesAsync(CancellationToken.None).ToListAsync(), await store.ReadAllEdgesAsync(CancellationToken.None).ToListAsync());

    public static List<string> Of(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges) =>
    [
        .. nodes.Select(node => $"({node.Label} {node.Id}) {Format(node.Properties)}").Order(StringComparer.Ordinal),
        .. edges.Select(edge => $"[{edge.Type} {edge.From} -> {edge.To}] {Format(edge.Properties)}").Order(StringComparer.Ordinal),
    ];

    private static string Format(IReadOnlyDictionary<string, object?> properties) =>
        "{" + string.Join(", ", properties.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Value(p.Value!)}")) + "}";

    private static string Value(object value) => value switch
    {
        string text => "string:" + text,
        long number => "long:" + number.ToString(CultureInfo.InvariantCulture),
        double number => "double:" + number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => "bool:" + (flag ? "true" : "false"),
        IEnumerable<string> list => "list:[" + string.Join("|", list) + "]",
        _ => value.GetType().Name + ":" + value,
    };
}
