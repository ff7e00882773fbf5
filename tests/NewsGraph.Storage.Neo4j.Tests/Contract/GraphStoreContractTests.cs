using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Tests.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, written against the port only. A store's test class derives from
/// it and hands over an empty store; the shared conformance suite of NewsGraph.Storage.Tests can take its place.
/// </summary>
public abstract partial class GraphStoreContractTests : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is not ready.");

    protected static CancellationToken None => CancellationToken.None;

    public async Task InitializeAsync() => _store = await CreateEmptyStoreAsync();

    public Task DisposeAsync()
    {
        (_store as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A store that holds nothing.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    protected Task SeedAsync() => Store.ApplyAsync(SampleGraph.Change, None);

    protected async Task<List<GraphNode>> AllNodesAsync()
    {
        var nodes = new List<GraphNode>();
        await foreach (var node in Store.ReadAllNodesAsync(None))
        {
            nodes.Add(node);
        }

        return nodes;
    }

    protected async Task<List<GraphEdge>> AllEdgesAsync()
    {
        var edges = new List<GraphEdge>();
        await foreach (var edge in Store.ReadAllEdgesAsync(None))
        {
            edges.Add(edge);
        }

        return edges;
    }

    protected static IEnumerable<string> Ids(IEnumerable<GraphNode> nodes) => nodes.Select(node => node.Id);
}
