using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j.Tests.Unit;

public sealed class WritePlanTests
{
    private static GraphNode Person(int i) => new($"person/{i}", NodeLabels.Person, new Dictionary<string, object?> { ["name"] = $"P {i}" });

    [Fact]
    public void A_change_becomes_batched_statements_in_the_port_order()
    {
        var change = new GraphChange
        {
            UpsertNodes = [.. Enumerable.Range(0, 5).Select(Person), new GraphNode("org/o", NodeLabels.Organization, new Dictionary<string, object?>())],
            UpsertEdges = [.. Enumerable.Range(0, 5).Select(i => new GraphEdge(EdgeTypes.AffiliatedWith, $"person/{i}", "org/o", new Dictionary<string, object?>()))],
            DeleteNodes = ["place/gone"],
            DeleteEdges = [new EdgeKey(EdgeTypes.LocatedIn, "place/a", "place/b")],
        };

        var plan = WritePlan.For(change, batchSize: 2);

        Assert.Equal(
            ["DELETE r", "DETACH DELETE n", "SET n = row.props, n:Person", "SET n = row.props, n:Person", "SET n = row.props, n:Person", "SET n = row.props, n:Organization"],
            plan.Before.Select(statement => Fragment(statement.Text)));
        Assert.Equal([2, 2, 1], plan.Before.Where(statement => statement.Text.Contains("n:Person", StringComparison.Ordinal)).Select(statement => statement.Rows).Take(3));
        Assert.Equal(6, plan.EndpointCheck!.Rows);
        Assert.Equal([2, 2, 1], plan.Edges.Select(statement => statement.Rows));
        Assert.All(plan.Edges, statement => Assert.Contains("MERGE (a)-[r:AFFILIATED_WITH]->(b)", statement.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Node_rows_carry_the_id_and_the_name_keys_of_name_aliases_and_description()
    {
        var node = new GraphNode("person/x", NodeLabels.Person, new Dictionary<string, object?>
        {
            ["name"] = "Zoë Smith",
            ["aliases"] = new[] { "The Smith", "Z. Smith", "zoe smith" },
            ["age"] = 3,
            ["gone"] = null,
        });

        var props = (Dictionary<string, object?>)GraphRecords.NodeRow(node)["props"]!;

        Assert.Equal("person/x", props["id"]);
        Assert.Equal(new[] { "Zoë Smith", "The Smith", "Z. Smith", "zoe smith" }.Select(NameKey.Of).Distinct(), (IEnumerable<string>)props["nameKeys"]!);
        Assert.Equal(3L, props["age"]);
        Assert.False(props.ContainsKey("gone"));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("nameKeys")]
    public void Property_names_the_store_keeps_are_refused(string name)
    {
        var node = new GraphNode("person/x", NodeLabels.Person, new Dictionary<string, object?> { [name] = "v" });

        Assert.Throws<ArgumentException>(() => WritePlan.For(new GraphChange { UpsertNodes = [node] }, 10));
    }

    [Fact]
    public void Values_of_other_types_and_empty_ids_are_refused()
    {
        var dated = new GraphNode("person/x", NodeLabels.Person, new Dictionary<string, object?> { ["born"] = DateTime.UnixEpoch });
        var nameless = new GraphNode("", NodeLabels.Person, new Dictionary<string, object?>());

        Assert.Throws<ArgumentException>(() => WritePlan.For(new GraphChange { UpsertNodes = [dated] }, 10));
        Assert.Throws<ArgumentException>(() => WritePlan.For(new GraphChange { UpsertNodes = [nameless] }, 10));
    }

    [Fact]
    public void Requests_are_packed_up_to_the_row_budget_without_splitting_a_statement()
    {
        CypherStatement Rows(int rows) => new("RETURN 1", new Dictionary<string, object?>(), rows);

        var requests = RequestPacker.Pack([Rows(3), Rows(2), Rows(6), Rows(1), Rows(1)], rowsPerRequest: 5);

        Assert.Equal([[3, 2], [6], [1, 1]], requests.Select(request => request.Select(statement => statement.Rows).ToArray()));
    }

    private static string Fragment(string text) =>
        new[] { "DETACH DELETE n", "DELETE r", "SET n = row.props, n:Person", "SET n = row.props, n:Organization" }
            .First(fragment => text.Contains(fragment, StringComparison.Ordinal));
}
