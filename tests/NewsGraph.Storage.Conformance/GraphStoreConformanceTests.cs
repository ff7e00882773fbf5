using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> adapter owes the rest of NewsGraph. An adapter's test class derives
/// from this and supplies a fresh, empty store per test; nothing here knows which store it talks to.
/// </summary>
public abstract partial class GraphStoreConformanceTests : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>A new store holding no nodes and no edges.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Releases the store; by default disposes it when it is disposable.</summary>
    protected virtual async Task DisposeStoreAsync(IGraphStore store)
    {
        if (store is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else if (store is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }
    }

    protected Task ApplyAsync(GraphBuilder graph) => Store.ApplyAsync(graph.Build(), Ct);

    protected async Task<GraphNode?> GetNodeAsync(string id) => (await Store.GetNodesAsync([id], Ct)).SingleOrDefault();

    protected async Task<IReadOnlyList<GraphNode>> AllNodesAsync() => await Store.ReadAllNodesAsync(Ct).ToListAsync();

    protected async Task<IReadOnlyList<GraphEdge>> AllEdgesAsync() => await Store.ReadAllEdgesAsync(Ct).ToListAsync();

    protected Task<NodePage> ListAsync(string label, NodeFilter? filter = null, NodeOrder? order = null, int first = 100, string? after = null, bool includeTotal = false) =>
        Store.ListNodesAsync(
            new NodeQuery(label) { Filter = filter ?? new(), Order = order ?? new(NodeOrderField.Name, false), First = first, After = after, IncludeTotal = includeTotal },
            Ct);
}
