using System.Collections.Concurrent;
using GraphQL.DataLoader;
using NewsGraph.Graph;

namespace NewsGraph.Api.Loading;

/// <summary>
/// The request's batch loaders over <see cref="IGraphStore"/>: nodes by id, and edges by node, direction and type.
/// One instance per request (scoped), so nothing is cached across requests.
/// </summary>
public sealed class GraphLoaders
{
    private readonly IGraphStore _store;
    private readonly BatchLoader<string, GraphNode> _nodes;
    private readonly ConcurrentDictionary<(EdgeDirection, string), BatchLoader<string, IReadOnlyList<GraphEdge>>> _edges = new();

    /// <summary>Creates the loaders over <paramref name="store"/>.</summary>
    public GraphLoaders(IGraphStore store)
    {
        _store = store;
        _nodes = new BatchLoader<string, GraphNode>(FetchNodesAsync);
    }

    /// <summary>The node with this id, or null.</summary>
    public IDataLoaderResult<GraphNode?> Node(string id) => _nodes.Load(id);

    /// <summary>The nodes with these ids that exist, in the order of the ids.</summary>
    public IDataLoaderResult<IReadOnlyList<GraphNode>> Nodes(IEnumerable<string> ids) =>
        DataLoaderResults.WhenAll(ids.Select(Node).ToList())
            .Then(IReadOnlyList<GraphNode> (nodes) => [.. nodes.OfType<GraphNode>()]);

    /// <summary>The edges of <paramref name="type"/> that leave (<see cref="EdgeDirection.Outgoing"/>) or reach the node.</summary>
    public IDataLoaderResult<IReadOnlyList<GraphEdge>> Edges(string nodeId, EdgeDirection direction, string type)
    {
        var loader = _edges.GetOrAdd((direction, type), key => new BatchLoader<string, IReadOnlyList<GraphEdge>>(
            (ids, cancellationToken) => FetchEdgesAsync(ids, key.Item1, key.Item2, cancellationToken)));
        return loader.Load(nodeId).Then(IReadOnlyList<GraphEdge> (edges) => edges ?? []);
    }

    /// <summary>The nodes at the other end of <paramref name="type"/> edges, in edge order.</summary>
    public IDataLoaderResult Neighbours(string nodeId, EdgeDirection direction, string type) =>
        Edges(nodeId, direction, type).ThenLoad(edges => Nodes(edges.Select(edge => edge.OtherEnd(direction))));

    private async Task<IReadOnlyDictionary<string, GraphNode>> FetchNodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var nodes = await _store.GetNodesAsync(ids, cancellationToken);
        return nodes.ToDictionary(node => node.Id, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphEdge>>> FetchEdgesAsync(
        IReadOnlyList<string> ids, EdgeDirection direction, string type, CancellationToken cancellationToken)
    {
        var edges = await _store.GetEdgesAsync(ids, direction, [type], cancellationToken);
        return edges
            .GroupBy(edge => direction == EdgeDirection.Outgoing ? edge.From : edge.To, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, IReadOnlyList<GraphEdge> (group) => [.. group], StringComparer.Ordinal);
    }
}
