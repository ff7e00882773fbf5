using System.CommandLine;
using NewsGraph.LoadTest;

var articles = new Option<int[]>("--articles") { Description = "Generated articles served with the seeds; one run per value given (e.g. 0 10000).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [0] };
var connections = new Option<int>("--connections") { Description = "Concurrent connections.", DefaultValueFactory = _ => 32 };
var duration = new Option<double>("--duration") { Description = "Measured seconds per target.", DefaultValueFactory = _ => 10 };
var warmUp = new Option<double>("--warmup") { Description = "Warm-up seconds per target, not counted.", DefaultValueFactory = _ => 10 };
var seeds = new Option<DirectoryInfo?>("--seeds") { Description = "The seed articles (default: seeds/ of the repository)." };
var storeFolder = new Option<DirectoryInfo?>("--store-folder") { Description = "Keep the SQLite stores here and reuse them on the next run (default: new ones in the temp folder)." };
var only = new Option<string[]>("--only") { Description = "Run only these queries: typename, starter, speaker, search.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
var logRequests = new Option<bool>("--log-requests") { Description = "Keep ASP.NET Core's default Information logging (two console lines per request), as newsgraph serve has without configuration." };
var root = new RootCommand("Load the NewsGraph GraphQL API over loopback, against hand-written baseline endpoints of the same server that read the store the same way and return the same JSON without GraphQL.")
{
    articles, connections, duration, warmUp, seeds, storeFolder, only, logRequests,
};
root.SetAction(async (result, cancellationToken) =>
{
    var settings = new LoadSettings(result.GetValue(connections), TimeSpan.FromSeconds(result.GetValue(warmUp)), TimeSpan.FromSeconds(result.GetValue(duration)));
    var seedFolder = result.GetValue(seeds)?.FullName ?? Path.Combine(RepositoryRoot(), "seeds");
    var kept = result.GetValue(storeFolder);
    foreach (var generated in result.GetValue(articles)!)
    {
        var file = kept is null ? Path.Combine(Path.GetTempPath(), $"newsgraph-loadtest-{Guid.NewGuid():N}.db") : Path.Combine(kept.FullName, $"loadtest-seeds-plus-{generated}.db");
        try
        {
            await using var server = await BenchServer.StartAsync(file, seedFolder, generated, result.GetValue(logRequests), Console.Out, cancellationToken);
            var rows = await LoadRun.RunAsync(server, settings, result.GetValue(only)!, Console.Out, cancellationToken);
            LoadReport.Write(Console.Out, generated == 0 ? "the seed graph (5 articles)" : $"the seeds + {generated:N0} generated articles", settings, rows);
        }
        finally
        {
            if (kept is null)
            {
                foreach (var stale in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
                {
                    File.Delete(stale);
                }
            }
        }
    }

    return 0;
});
return await root.Parse(args).InvokeAsync();

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "NewsGraph.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("NewsGraph.sln not found above " + AppContext.BaseDirectory + "; give --seeds.");
}
