using System.Collections.Frozen;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The statements of one <see cref="GraphChange"/>, in the order the port prescribes, each an <c>UNWIND $rows</c>
/// of at most the batch size. Labels and types in the text come from the model's constants only.
/// </summary>
/// <param name="Before">Delete edges, delete nodes, upsert nodes.</param>
/// <param name="EndpointCheck">Returns the ids of edge ends that do not exist once <see cref="Before"/> ran; null without edges.</param>
/// <param name="Edges">Upsert edges.</param>
internal sealed record WritePlan(IReadOnlyList<CypherStatement> Before, CypherStatement? EndpointCheck, IReadOnlyList<CypherStatement> Edges)
{
    private const string DeleteNodes = "UNWIND $rows AS id MATCH (n:Node {id: id}) DETACH DELETE n";

    private const string MissingEndpoints =
        "UNWIND $rows AS id OPTIONAL MATCH (n:Node {id: id}) WITH id, n WHERE n IS NULL RETURN id ORDER BY id LIMIT 20";

    private static readonly FrozenDictionary<string, string> DeleteEdge = EdgeTypes.All.ToFrozenDictionary(
        type => type,
        type => $"UNWIND $rows AS row MATCH (a:Node {{id: row.source}})-[r:{type}]->(b:Node {{id: row.target}}) DELETE r",
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> UpsertNode = NodeLabels.All.ToFrozenDictionary(
        label => label,
        label => $"UNWIND $rows AS row MERGE (n:Node {{id: row.id}}) SET n = row.props, n:{label}"
            + $" REMOVE n:{string.Join(':', NodeLabels.All.Where(other => other != label))}",
        StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> UpsertEdge = EdgeTypes.All.ToFrozenDictionary(
        type => type,
        type => $"UNWIND $rows AS row MATCH (a:Node {{id: row.source}}) MATCH (b:Node {{id: row.target}}) MERGE (a)-[r:{type}]->(b) SET r = row.props",
        StringComparer.Ordinal);

    /// <summary>Validates <paramref name="change"/> and plans its statements.</summary>
    /// <exception cref="ArgumentException">A label, type or property value that the model does not allow.</exception>
    public static WritePlan For(GraphChange change, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(change);
        var before = new List<CypherStatement>();
        foreach (var group in change.DeleteEdges.GroupBy(key => StoreSchema.RequireEdgeType(key.Type, nameof(change)), StringComparer.Ordinal))
        {
            before.AddRange(Batches(DeleteEdge[group.Key], group.Select(GraphRecords.EdgeKeyRow), batchSize));
        }

        before.AddRange(Batches(DeleteNodes, change.DeleteNodes.Select(RequireId), batchSize));
        foreach (var group in change.UpsertNodes.GroupBy(node => StoreSchema.RequireLabel(node.Label, nameof(change)), StringComparer.Ordinal))
        {
            before.AddRange(Batches(UpsertNode[group.Key], group.Select(node => GraphRecords.NodeRow(node with { Id = RequireId(node.Id) })), batchSize));
        }

        var edges = new List<CypherStatement>();
        foreach (var group in change.UpsertEdges.GroupBy(edge => StoreSchema.RequireEdgeType(edge.Type, nameof(change)), StringComparer.Ordinal))
        {
            edges.AddRange(Batches(UpsertEdge[group.Key], group.Select(GraphRecords.EdgeRow), batchSize));
        }

        var endpoints = change.UpsertEdges.SelectMany(edge => new[] { RequireId(edge.From), RequireId(edge.To) }).Distinct(StringComparer.Ordinal).ToArray();
        var check = endpoints.Length == 0 ? null : new CypherStatement(MissingEndpoints, Rows(endpoints), endpoints.Length);
        return new WritePlan(before, check, edges);
    }

    private static IEnumerable<CypherStatement> Batches<T>(string text, IEnumerable<T> rows, int batchSize) =>
        rows.Chunk(batchSize).Select(batch => new CypherStatement(text, Rows(batch), batch.Length));

    private static Dictionary<string, object?> Rows<T>(T[] rows) => new() { ["rows"] = rows };

    private static string RequireId(string id) =>
        string.IsNullOrEmpty(id) ? throw new ArgumentException("A node id cannot be null or empty.", nameof(id)) : id;
}
