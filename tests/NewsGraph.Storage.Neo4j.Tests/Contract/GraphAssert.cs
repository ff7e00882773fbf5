using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Tests.Contract;

/// <summary>Comparisons of nodes and edges by value: property dictionaries and lists compare element by element.</summary>
public static class GraphAssert
{
    public static void Equal(GraphNode expected, GraphNode actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Label, actual.Label);
        Properties(expected.Properties, actual.Properties);
    }

    public static void Equal(GraphEdge expected, GraphEdge actual)
    {
        Assert.Equal(expected.Key, actual.Key);
        Properties(expected.Properties, actual.Properties);
    }

    public static void Properties(IReadOnlyDictionary<string, object?> expected, IReadOnlyDictionary<string, object?> actual)
    {
        var present = expected.Where(property => property.Value is not null).ToDictionary(property => property.Key, property => property.Value!);
        Assert.Equal(present.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in present)
        {
            if (value is not string and IEnumerable<string> list)
            {
                Assert.Equal(list, Assert.IsAssignableFrom<IReadOnlyList<string>>(actual[key]));
            }
            else
            {
                Assert.Equal(value, actual[key]);
                Assert.Equal(value.GetType(), actual[key]?.GetType());
            }
        }
    }
}
