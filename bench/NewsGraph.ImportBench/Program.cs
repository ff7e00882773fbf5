using System.CommandLine;
using NewsGraph.ImportBench;
using NewsGraph.Storage.Neo4j;

var count = new Option<int>("--count") { Description = "Articles to generate and import.", DefaultValueFactory = _ => 10_000 };
var batchSize = new Option<int>("--batch-size") { Description = "Articles per import batch (one transaction each).", DefaultValueFactory = _ => 500 };
var seed = new Option<int>("--seed") { Description = "Corpus seed.", DefaultValueFactory = _ => 42 };
var iterations = new Option<int>("--iterations") { Description = "Runs of each store query.", DefaultValueFactory = _ => 500 };
var sqlite = new Option<FileInfo?>("--sqlite") { Description = "SQLite file to import into (deleted first; default: a file in the temp folder)." };
var neo4j = new Option<string?>("--neo4j") { Description = "Also import into Neo4j: an HTTP URL (an empty database), or 'local' to start the local test server (Neo4j 3.1.1 from npm)." };
var user = new Option<string>("--neo4j-user") { Description = "Neo4j user.", DefaultValueFactory = _ => "neo4j" };
var password = new Option<string?>("--neo4j-password") { Description = "Neo4j password." };
var neo4jBatch = new Option<int>("--neo4j-batch-size") { Description = "Rows per UNWIND statement in Neo4j writes.", DefaultValueFactory = _ => Neo4jGraphStoreOptions.DefaultBatchSize };
var sweep = new Option<int[]>("--neo4j-sweep") { Description = "Before the main run, import --sweep-count articles into Neo4j once per batch size given (e.g. 250 1000 4000).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
var sweepCount = new Option<int>("--sweep-count") { Description = "Articles per sweep import.", DefaultValueFactory = _ => 2_000 };
var queriesOnly = new Option<FileInfo?>("--queries-only") { Description = "Import nothing: time the store queries on this existing SQLite store (migrated first if its schema is older)." };
var into = new Option<FileInfo?>("--into") { Description = "Import nothing else: grow this existing SQLite store (give a copy; it is written) by --count articles after the first --skip, extracted before the clock starts, and print the import's time and CPU." };
var skip = new Option<int>("--skip") { Description = "With --into: corpus articles to skip (those the store holds already).", DefaultValueFactory = _ => 0 };
var root = new RootCommand("Import the generated corpus into SQLite and, side by side, into Neo4j; then measure each store's queries on the graph it built.")
{
    count, batchSize, seed, iterations, sqlite, neo4j, user, password, neo4jBatch, sweep, sweepCount, queriesOnly, into, skip,
};
root.SetAction(async (result, cancellationToken) =>
{
    var settings = new BenchSettings(result.GetValue(count), result.GetValue(batchSize), result.GetValue(seed), result.GetValue(iterations));
    if (result.GetValue(queriesOnly) is { } existing)
    {
        var run = await SideBySide.ProbeSqliteAsync(existing.FullName, settings, Console.Out, cancellationToken);
        Report.WriteQueries(Console.Out, settings, [run]);
        return 0;
    }

    if (result.GetValue(into) is { } grown)
    {
        var figures = await SideBySide.AppendSqliteAsync(grown.FullName, result.GetValue(skip), settings, Console.Out, cancellationToken);
        Report.WriteImport(Console.Out, figures);
        return 0;
    }

    var file = result.GetValue(sqlite)?.FullName ?? Path.Combine(Path.GetTempPath(), $"newsgraph-importbench-{settings.Count}.db");
    var runs = new List<StoreRun> { await SideBySide.RunSqliteAsync(file, settings, Console.Out, cancellationToken) };
    IReadOnlyList<SweepPoint> sweepPoints = [];
    if (result.GetValue(neo4j) is { } target)
    {
        await using var server = await Neo4jTarget.OpenAsync(target, result.GetValue(user)!, result.GetValue(password));
        Console.WriteLine($"Neo4j: {server.Description}");
        sweepPoints = await SideBySide.SweepNeo4jAsync(server, result.GetValue(sweep)!, settings with { Count = result.GetValue(sweepCount) }, Console.Out, cancellationToken);
        runs.Add(await SideBySide.RunNeo4jAsync(server, result.GetValue(neo4jBatch), settings, Console.Out, cancellationToken));
    }

    Report.Write(Console.Out, settings, runs, sweepPoints);
    return 0;
});
return await root.Parse(args).InvokeAsync();
