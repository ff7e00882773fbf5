using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using NewsGraph.Graph;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.Api.Tests.Infrastructure;

/// <summary>
/// An <see cref="IGraphStore"/> that passes every call to the real store, counting calls per method, and that can be
/// slowed down: each read first waits <see cref="Delay"/>.
/// </summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    /// <summary>How long each read waits before it reaches the store (zero: not at all).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>All calls since the last <see cref="Reset"/>.</summary>
    public int Calls => _calls.Values.Sum();

    /// <summary>Calls per method since the last <see cref="Reset"/>, as <c>Method×N</c> in method order, for failure messages and reports.</summary>
    public string Describe() => string.Join(", ", _calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}×{c.Value}"));

    /// <summary>Forgets the calls counted so far.</summary>
    public void Reset() => _calls.Clear();

    /// <inheritdoc />
    public async Task ApplyAsync(GraphChange change, CancellationToken cancellationToken)
    {
        Count();
        await inner.ApplyAsync(change, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return await inner.GetNodesAsync(ids, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(
        IReadOnlyCollection<string> nodeIds, EdgeDirection direction, IReadOnlyCollection<string>? types, CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return await inner.GetEdgesAsync(nodeIds, direction, types, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return await inner.ListNodesAsync(query, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphNode>> FindByNameKeysAsync(string label, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return await inner.FindByNameKeysAsync(label, keys, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Subgraph> GetNeighbourhoodAsync(string id, int depth, int limit, CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return await inner.GetNeighbourhoodAsync(id, depth, limit, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<GraphPath?> FindShortestPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return await inner.FindShortestPathAsync(fromId, toId, maxHops, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, IReadOnlyCollection<string>? labels, int limit, CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return await inner.SearchAsync(query, labels, limit, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return await inner.CountAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RelayAggregate> AggregateRelaysAsync(RelayAggregateQuery query, CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return await inner.AggregateRelaysAsync(query, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClaimRelayCount>> TopClaimsAsync(RelayFilter filter, int first, CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        return await inner.TopClaimsAsync(filter, first, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<GraphNode> ReadAllNodesAsync(CancellationToken cancellationToken)
    {
        Count();
        return inner.ReadAllNodesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<GraphEdge> ReadAllEdgesAsync(CancellationToken cancellationToken)
    {
        Count();
        return inner.ReadAllEdgesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task CheckHealthAsync(CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        await inner.CheckHealthAsync(cancellationToken);
    }

    private async Task ReadAsync(CancellationToken cancellationToken, [CallerMemberName] string method = "")
    {
        Count(method);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }
    }

    private void Count([CallerMemberName] string method = "") => _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
}

/// <summary>Registers the counting decorator around the SQLite store.</summary>
public static class CountingGraphStoreServiceCollectionExtensions
{
    /// <summary>Registers the SQLite store on <paramref name="path"/>, the importer, and <see cref="CountingGraphStore"/> as the <see cref="IGraphStore"/>.</summary>
    public static IServiceCollection AddCountedSqlite(this IServiceCollection services, string path) => services
        .AddNewsGraphSqlite(options => options.Path = path)
        .AddNewsGraphImport()
        .AddSingleton(provider => new CountingGraphStore(provider.GetRequiredService<SqliteGraphStore>()))
        .AddSingleton<IGraphStore>(provider => provider.GetRequiredService<CountingGraphStore>());
}
