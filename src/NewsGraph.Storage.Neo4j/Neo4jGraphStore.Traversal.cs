using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// Breadth first, one request per hop, each taking at most the nodes still wanted (by id within a hop), so a
    /// hub never floods the answer and the result is nearest first.
    /// </remarks>
    public async Task<Subgraph> GetNeighbourhoodAsync(string id, int depth, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var start = await GetNodesAsync([id], cancellationToken).ConfigureAwait(false);
        if (start.Count == 0 || limit == 0)
        {
            return new Subgraph([], []);
        }

        var order = new List<string> { id };
        var frontier = new List<string> { id };
        for (var hop = 0; hop < depth && frontier.Count > 0 && order.Count < limit; hop++)
        {
            var parameters = Parameters(("frontier", frontier.ToArray()), ("seen", order.ToArray()), ("limit", limit - order.Count));
            var next = await ReadOneAsync(new CypherStatement(ReadStatements.Neighbours, parameters), cancellationToken).ConfigureAwait(false);
            frontier = [.. next.Records.Select(record => record.GetString("next") ?? "")];
            order.AddRange(frontier);
        }

        var nodes = (await GetNodesAsync(order, cancellationToken).ConfigureAwait(false)).ToDictionary(node => node.Id, StringComparer.Ordinal);
        var edges = await ReadOneAsync(new CypherStatement(ReadStatements.EdgesAmong, Parameters(("ids", order.ToArray()))), cancellationToken)
            .ConfigureAwait(false);
        return new Subgraph(
            [.. order.Where(nodes.ContainsKey).Select(nodeId => nodes[nodeId])],
            [.. edges.Records.Select(GraphRecords.ToEdge)]);
    }

    /// <inheritdoc/>
    /// <remarks>Paths longer than <see cref="MaxPathHops"/> edges are not searched: Cypher takes no parameter as a hop bound.</remarks>
    public async Task<GraphPath?> FindShortestPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        if (fromId == toId)
        {
            var nodes = await GetNodesAsync([fromId], cancellationToken).ConfigureAwait(false);
            return nodes.Count == 0 ? null : new GraphPath(nodes, []);
        }

        var parameters = Parameters(("from", fromId), ("to", toId), ("maxHops", maxHops));
        var result = await ReadOneAsync(new CypherStatement(ReadStatements.ShortestPath, parameters), cancellationToken).ConfigureAwait(false);
        if (result.Records.Count == 0)
        {
            return null;
        }

        var record = result.Records[0];
        return new GraphPath(
            [.. record.GetList("pathNodes").OfType<IReadOnlyDictionary<string, object?>>().Select(GraphRecords.ToNode)],
            [.. record.GetList("pathEdges").OfType<IReadOnlyDictionary<string, object?>>().Select(GraphRecords.ToEdge)]);
    }

    /// <summary>The longest path <see cref="FindShortestPathAsync"/> looks for.</summary>
    public static int MaxPathHops => ReadStatements.MaxPathHops;
}
