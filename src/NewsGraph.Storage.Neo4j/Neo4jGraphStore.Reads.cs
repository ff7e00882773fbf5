using System.Runtime.CompilerServices;
using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const int ReadAllPageSize = 1000;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await ReadOneAsync(new CypherStatement(ReadStatements.NodesById, Parameters(("ids", ids.Distinct(StringComparer.Ordinal).ToArray()))), cancellationToken)
            .ConfigureAwait(false);
        return [.. result.Records.Select(GraphRecords.ToNode)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(
        IReadOnlyCollection<string> nodeIds, EdgeDirection direction, IReadOnlyCollection<string>? types, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        if (nodeIds.Count == 0 || types is { Count: 0 })
        {
            return [];
        }

        var statement = ReadStatements.EdgesOf.TryGetValue(direction, out var text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction.");
        var result = await ReadOneAsync(new CypherStatement(statement, Parameters(("ids", nodeIds.ToArray()), ("types", types?.ToArray()))), cancellationToken)
            .ConfigureAwait(false);
        return [.. result.Records.Select(GraphRecords.ToEdge)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<GraphNode>> FindByNameKeysAsync(string label, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var statement = ReadStatements.ByNameKeys[StoreSchema.RequireLabel(label, nameof(label))];
        if (keys.Count == 0)
        {
            return [];
        }

        var result = await ReadOneAsync(new CypherStatement(statement, Parameters(("keys", keys.ToArray()))), cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(GraphRecords.ToNode)];
    }

    /// <inheritdoc/>
    public async Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query));
        var scope = NodeCursor.ScopeOf(query);
        var after = query.After is null ? null : NodeCursor.Decode(query.After, scope);
        if (NodeListStatements.For(query, after, query.First + 1) is not var (page, count))
        {
            return new NodePage([], EndCursor: null, HasNextPage: false, TotalCount: query.IncludeTotal ? 0 : null);
        }

        var results = await ReadAsync(count is null ? [page] : [page, count], cancellationToken).ConfigureAwait(false);
        var records = results[0].Records;
        var shown = records.Take(query.First).ToList();
        var endCursor = shown.Count == 0
            ? null
            : new NodeCursor(scope, NodeListStatements.SortValue(shown[^1]), GraphRecords.ToNode(shown[^1]).Id).Encode();
        return new NodePage(
            [.. shown.Select(GraphRecords.ToNode)], endCursor, HasNextPage: records.Count > query.First,
            TotalCount: count is null ? null : results[1].SingleLong("total"));
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<GraphNode> ReadAllNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var label in StoreSchema.LabelsInOrder)
        {
            var after = "";
            while (true)
            {
                var parameters = Parameters(("after", after), ("limit", ReadAllPageSize));
                var page = await ReadOneAsync(new CypherStatement(ReadStatements.AllNodesPage[label], parameters), cancellationToken).ConfigureAwait(false);
                foreach (var record in page.Records)
                {
                    var node = GraphRecords.ToNode(record);
                    after = node.Id;
                    yield return node;
                }

                if (page.Records.Count < ReadAllPageSize)
                {
                    break;
                }
            }
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<GraphEdge> ReadAllEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var type in StoreSchema.EdgeTypesInOrder)
        {
            var (source, target) = ("", "");
            while (true)
            {
                var parameters = Parameters(("source", source), ("target", target), ("limit", ReadAllPageSize));
                var page = await ReadOneAsync(new CypherStatement(ReadStatements.AllEdgesPage[type], parameters), cancellationToken).ConfigureAwait(false);
                foreach (var record in page.Records)
                {
                    var edge = GraphRecords.ToEdge(record);
                    (source, target) = (edge.From, edge.To);
                    yield return edge;
                }

                if (page.Records.Count < ReadAllPageSize)
                {
                    break;
                }
            }
        }
    }

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(parameter => parameter.Name, parameter => parameter.Value, StringComparer.Ordinal);
}
