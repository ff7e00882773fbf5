using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

/// <summary>Equality of nodes and edges by value: records compare their property maps by reference.</summary>
public static class GraphAssert
{
    public static void Equal(GraphNode expected, GraphNode actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Label, actual.Label);
        Equal(expected.Properties, actual.Properties);
    }

    public static void Equal(GraphEdge expected, GraphEdge actual)
    {
        Assert.Equal(expected.Key, actual.Key);
        Equal(expected.Properties, actual.Properties);
    }

    /// <summary>The same keys with the same values of the same types; lists compared item by item.</summary>
    public static void Equal(IReadOnlyDictionary<string, object?> expected, IReadOnlyDictionary<string, object?> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in expected)
        {
            var stored = actual[key];
            if (value is not string && value is IEnumerable<string> list)
            {
                Assert.Equal(list.ToArray(), Assert.IsAssignableFrom<IReadOnlyList<string>>(stored).ToArray());
            }
            else
            {
                Assert.Equal(value?.GetType(), stored?.GetType());
                Assert.Equal(value, stored);
            }
        }
    }

    public static IEnumerable<string> Ids(this IEnumerable<GraphNode> nodes) => nodes.Select(node => node.Id);
}
