using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j;
using NewsGraph.Storage.Neo4j.Tests.Server;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.ImportBench;

/// <summary>The same corpus imported into each store in turn (never both at once: the machine has two cores), then the same queries.</summary>
public static class SideBySide
{
    public static async Task<StoreRun> RunSqliteAsync(string file, BenchSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        foreach (var stale in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        await using var store = new SqliteGraphStore(new SqliteGraphStoreOptions { Path = file });
        return await RunAsync("SQLite", store, file, settings, log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Grows an existing SQLite store (a copy: it is written) by articles after the first <paramref name="skip"/>; no queries.</summary>
    public static async Task<ImportFigures> AppendSqliteAsync(string file, int skip, BenchSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No SQLite store at {file}.", file);
        }

        await using var store = new SqliteGraphStore(new SqliteGraphStoreOptions { Path = file });
        await log.WriteLineAsync($"SQLite {file}: importing {settings.Count:N0} generated articles after the first {skip:N0} (seed {settings.Seed}) in batches of {settings.BatchSize}").ConfigureAwait(false);
        return await ImportRun.AppendAsync(store, skip, settings.Count, settings.BatchSize, settings.Seed, file, log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The store queries alone, on a SQLite store that an earlier run (or <c>newsgraph import</c>) built.</summary>
    public static async Task<QueryRun> ProbeSqliteAsync(string file, BenchSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No SQLite store at {file}.", file);
        }

        // Mapped as newsgraph serve maps it: these are the queries a server answers.
        await using var store = new SqliteGraphStore(new SqliteGraphStoreOptions { Path = file, MemoryMapSize = SqliteGraphStoreOptions.ServingMemoryMapSize });
        var counts = await store.CountAsync(cancellationToken).ConfigureAwait(false);
        await log.WriteLineAsync($"SQLite {file}: {counts.Nodes.Values.Sum():N0} nodes, {counts.Edges.Values.Sum():N0} edges; timing the store queries, {settings.Iterations} runs each").ConfigureAwait(false);
        return new QueryRun("SQLite", await StoreProbe.RunAsync(store, settings.Iterations, settings.Seed, cancellationToken).ConfigureAwait(false));
    }

    public static async Task<StoreRun> RunNeo4jAsync(Neo4jTarget server, int batchSize, BenchSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        using var store = await server.CreateStoreAsync(batchSize, cancellationToken).ConfigureAwait(false);
        await EnsureEmptyAsync(store, server, cancellationToken).ConfigureAwait(false);
        var info = await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await RunAsync($"Neo4j {info.Version} (batch {batchSize})", store, null, settings, log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports the corpus once per batch size, each time into an emptied graph.</summary>
    public static async Task<IReadOnlyList<SweepPoint>> SweepNeo4jAsync(Neo4jTarget server, IReadOnlyList<int> batchSizes, BenchSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        var points = new List<SweepPoint>();
        if (batchSizes.Count > 0)
        {
            // A fresh server imports its first articles several times slower (its JIT, its Cypher plan cache): not measured.
            await log.WriteLineAsync("Sweep: warming the server up with one import at the first batch size, not reported").ConfigureAwait(false);
            await ImportAndClearAsync(batchSizes[0]).ConfigureAwait(false);
        }

        foreach (var batchSize in batchSizes)
        {
            await log.WriteLineAsync($"Sweep: {settings.Count:N0} articles into Neo4j, {batchSize} rows per statement").ConfigureAwait(false);
            points.Add(new SweepPoint(batchSize, await ImportAndClearAsync(batchSize).ConfigureAwait(false)));
        }

        return points;

        async Task<ImportFigures> ImportAndClearAsync(int batchSize)
        {
            using var store = await server.CreateStoreAsync(batchSize, cancellationToken).ConfigureAwait(false);
            await EnsureEmptyAsync(store, server, cancellationToken).ConfigureAwait(false);
            var figures = await ImportRun.RunAsync(store, settings.Count, settings.BatchSize, settings.Seed, null, log, cancellationToken).ConfigureAwait(false);
            await Neo4jServerFixture.ClearAsync(store).ConfigureAwait(false);
            return figures;
        }
    }

    private static async Task<StoreRun> RunAsync(string name, IGraphStore store, string? file, BenchSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        await log.WriteLineAsync($"{name}: importing {settings.Count:N0} generated articles (seed {settings.Seed}) in batches of {settings.BatchSize}").ConfigureAwait(false);
        var import = await ImportRun.RunAsync(store, settings.Count, settings.BatchSize, settings.Seed, file, log, cancellationToken).ConfigureAwait(false);
        var counts = await store.CountAsync(cancellationToken).ConfigureAwait(false);
        await log.WriteLineAsync($"{name}: timing the store queries, {settings.Iterations} runs each").ConfigureAwait(false);
        var queries = await StoreProbe.RunAsync(store, settings.Iterations, settings.Seed, cancellationToken).ConfigureAwait(false);
        return new StoreRun(name, import, counts, new QueryRun(name, queries));
    }

    /// <summary>The benchmark deletes only what it wrote: a server that already holds a graph is refused.</summary>
    private static async Task EnsureEmptyAsync(Neo4jGraphStore store, Neo4jTarget server, CancellationToken cancellationToken)
    {
        var nodes = (await store.CountAsync(cancellationToken).ConfigureAwait(false)).Nodes.Values.Sum();
        if (nodes > 0)
        {
            throw new InvalidOperationException($"Neo4j at {server.Url} already holds {nodes:N0} nodes; give an empty database.");
        }
    }
}
