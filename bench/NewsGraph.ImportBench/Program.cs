using System.CommandLine;
using NewsGraph.Graph;
using NewsGraph.ImportBench;
using NewsGraph.Storage.Neo4j;
using NewsGraph.Storage.Sqlite;

var count = new Option<int>("--count") { Description = "Articles to generate and import.", DefaultValueFactory = _ => 10_000 };
var batchSize = new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => 500 };
var seed = new Option<int>("--seed") { Description = "Corpus seed.", DefaultValueFactory = _ => 42 };
var iterations = new Option<int>("--iterations") { Description = "Runs of each store query.", DefaultValueFactory = _ => 500 };
var sqlite = new Option<FileInfo?>("--sqlite") { Description = "SQLite file to import into (deleted first)." };
var neo4j = new Option<Uri?>("--neo4j") { Description = "Neo4j HTTP URL to import into (an empty database)." };
var password = new Option<string?>("--neo4j-password") { Description = "Neo4j password." };
var root = new RootCommand("Import the generated corpus, then measure the store's queries on the graph it built.")
{
    count, batchSize, seed, iterations, sqlite, neo4j, password,
};
root.SetAction(async (result, cancellationToken) =>
{
    var file = result.GetValue(sqlite);
    var url = result.GetValue(neo4j);
    if ((file is null) == (url is null))
    {
        Console.Error.WriteLine("Give --sqlite FILE or --neo4j URL.");
        return 2;
    }

    if (file is not null)
    {
        foreach (var stale in new[] { file.FullName, file.FullName + "-wal", file.FullName + "-shm" }.Where(File.Exists))
        {
            File.Delete(stale);
        }
    }

    await using var sqliteStore = file is null ? null : new SqliteGraphStore(new SqliteGraphStoreOptions { Path = file.FullName });
    using var neo4jStore = url is null ? null : Neo4jGraphStore.Create(new Neo4jGraphStoreOptions { Url = url, Password = result.GetValue(password) });
    if (neo4jStore is not null)
    {
        await neo4jStore.InitializeAsync(cancellationToken);
    }

    IGraphStore store = (IGraphStore?)sqliteStore ?? neo4jStore!;

    Console.WriteLine($"Importing {result.GetValue(count):N0} generated articles (seed {result.GetValue(seed)}) in batches of {result.GetValue(batchSize)} into {file?.FullName ?? url!.ToString()}");
    var import = await ImportRun.RunAsync(store, result.GetValue(count), result.GetValue(batchSize), result.GetValue(seed), file?.FullName, Console.Out, cancellationToken);
    var counts = await store.CountAsync(cancellationToken);
    Console.WriteLine();
    Console.WriteLine($"| articles | seconds | articles/s | slowest tenth, articles/s | peak working set | store size | nodes | edges |");
    Console.WriteLine($"|---|---|---|---|---|---|---|---|");
    Console.WriteLine($"| {import.Articles:N0} | {import.Seconds:N1} | {import.ArticlesPerSecond:N0} | {import.SlowestChunkArticlesPerSecond:N0} | {import.PeakWorkingSetMegabytes:N0} MB | {(import.StoreMegabytes is { } mb ? $"{mb:N0} MB" : "-")} | {counts.Nodes.Values.Sum():N0} | {counts.Edges.Values.Sum():N0} |");
    Console.WriteLine();
    Console.WriteLine("| query | p50 ms | p99 ms | p50 / baseline p50 |");
    Console.WriteLine("|---|---|---|---|");
    foreach (var query in await StoreProbe.RunAsync(store, result.GetValue(iterations), result.GetValue(seed), cancellationToken))
    {
        Console.WriteLine($"| {query.Query} | {query.P50:N3} | {query.P99:N3} | {query.RatioToBaseline:N1} |");
    }

    return 0;
});
return await root.Parse(args).InvokeAsync();
