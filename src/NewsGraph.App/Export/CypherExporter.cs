using System.Text;
using NewsGraph.Graph;

namespace NewsGraph.App.Export;

/// <summary>
/// Writes the graph as a Cypher script that, run in an empty Neo4j, creates it again: a uniqueness constraint on
/// <c>id</c> per label (in the syntax of the target version), then nodes and relationships in batches of
/// <c>UNWIND [...] AS row</c>, every value a literal.
/// </summary>
internal sealed class CypherExporter(int neo4jMajorVersion, int batchSize = 500) : IGraphExporter
{
    public async Task WriteAsync(IGraphStore store, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("// NewsGraph export. Run in an empty Neo4j database, for example: cypher-shell < graph.cypher").ConfigureAwait(false);
        foreach (var label in NodeLabels.All)
        {
            await output.WriteLineAsync(Constraint(label)).ConfigureAwait(false);
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodes = new List<GraphNode>();
        await foreach (var node in store.ReadAllNodesAsync(cancellationToken).ConfigureAwait(false))
        {
            labels[node.Id] = node.Label;
            if (nodes.Count > 0 && (nodes[0].Label != node.Label || nodes.Count == batchSize))
            {
                await output.WriteLineAsync(CreateNodes(nodes)).ConfigureAwait(false);
                nodes.Clear();
            }

            nodes.Add(node);
        }

        if (nodes.Count > 0)
        {
            await output.WriteLineAsync(CreateNodes(nodes)).ConfigureAwait(false);
        }

        var edges = new List<GraphEdge>();
        await foreach (var edge in store.ReadAllEdgesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (edges.Count > 0 && (Shape(edges[0], labels) != Shape(edge, labels) || edges.Count == batchSize))
            {
                await output.WriteLineAsync(CreateEdges(edges, labels)).ConfigureAwait(false);
                edges.Clear();
            }

            edges.Add(edge);
        }

        if (edges.Count > 0)
        {
            await output.WriteLineAsync(CreateEdges(edges, labels)).ConfigureAwait(false);
        }
    }

    private string Constraint(string label) => neo4jMajorVersion >= 4
        ? $"CREATE CONSTRAINT IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;"
        : $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE;";

    private static string CreateNodes(List<GraphNode> nodes)
    {
        var builder = new StringBuilder("UNWIND [");
        for (var i = 0; i < nodes.Count; i++)
        {
            builder.Append(i == 0 ? "" : ", ");
            CypherLiteral.AppendMap(builder, nodes[i].Properties.Append(new("id", nodes[i].Id)));
        }

        return builder.Append("] AS row CREATE (n:").Append(nodes[0].Label).Append(") SET n = row;").ToString();
    }

    private static string CreateEdges(List<GraphEdge> edges, Dictionary<string, string> labels)
    {
        var builder = new StringBuilder("UNWIND [");
        for (var i = 0; i < edges.Count; i++)
        {
            builder.Append(i == 0 ? "{from: " : ", {from: ");
            CypherLiteral.Append(builder, edges[i].From);
            builder.Append(", to: ");
            CypherLiteral.Append(builder, edges[i].To);
            builder.Append(", properties: ");
            CypherLiteral.AppendMap(builder, edges[i].Properties);
            builder.Append('}');
        }

        var edge = edges[0];
        return builder
            .Append("] AS row MATCH (a:").Append(labels[edge.From]).Append(" {id: row.from}), (b:").Append(labels[edge.To])
            .Append(" {id: row.to}) CREATE (a)-[r:").Append(edge.Type).Append("]->(b) SET r = row.properties;")
            .ToString();
    }

    private static (string, string, string) Shape(GraphEdge edge, Dictionary<string, string> labels) =>
        (edge.Type, labels[edge.From], labels[edge.To]);
}
