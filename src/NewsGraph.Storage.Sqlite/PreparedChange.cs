using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// A <see cref="GraphChange"/> checked and turned into rows before the write lock is taken, so that a bad property
/// fails before anything is written and serialisation does not hold up other writers.
/// </summary>
internal sealed record PreparedChange(
    IReadOnlyList<EdgeKey> DeleteEdges, IReadOnlyList<string> DeleteNodes, IReadOnlyList<NodeRow> Nodes, IReadOnlyList<EdgeRow> Edges)
{
    public static PreparedChange From(GraphChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new PreparedChange(
            change.DeleteEdges,
            change.DeleteNodes,
            change.UpsertNodes.Select(NodeRow.Of).ToArray(),
            change.UpsertEdges.Select(EdgeRow.Of).ToArray());
    }
}
