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
            // RELAYED edges last: the outlet and speaker a relay's fact reads (0002_relay_facts.sql) are then written
            // already, and each fact is written once instead of written and rewritten by the triggers of later edges.
            change.UpsertEdges.OrderBy(e => e.Type == EdgeTypes.Relayed).Select(EdgeRow.Of).ToArray());
    }
}
