using System.Diagnostics;
using System.Globalization;
using NewsGraph.AggregationBench;
using NewsGraph.Corpus;
using NewsGraph.Graph;
using NewsGraph.Storage.Sqlite;

// Usage: dotnet run -c Release --project bench/NewsGraph.AggregationBench -- [ARTICLES] [STORE_PATH]
// Writes the graph of ARTICLES articles of the generated corpus (default 100,000; seed 42) into a new SQLite store
// (or reuses STORE_PATH when it exists), then times each aggregation a dashboard asks, and a point read (GetNodes of
// one id) in the same run as the baseline. Prints a Markdown table of p50 and p99 in milliseconds.
var articles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var path = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"newsgraph-aggregations-{articles}.db");
var reuse = File.Exists(path);
await using var store = new SqliteGraphStore(new SqliteGraphStoreOptions { Path = path });
if (!reuse)
{
    var written = Stopwatch.StartNew();
    foreach (var change in CorpusGraph.Changes(new CorpusGenerator().Generate(articles), batch: 1000))
    {
        await store.ApplyAsync(change, CancellationToken.None);
    }

    Console.WriteLine($"wrote the graph of {articles:N0} generated articles in {written.Elapsed.TotalSeconds:F0} s into {path}");
}

var counts = await store.CountAsync(CancellationToken.None);
Console.WriteLine($"graph: {counts.Nodes[NodeLabels.Article]:N0} articles, {counts.Nodes[NodeLabels.Claim]:N0} claims, "
    + $"{counts.Edges[EdgeTypes.Relayed]:N0} relays; file {new FileInfo(path).Length / 1e6:F0} MB");

// The busiest day, its week, the most relayed claim, the outlet and the speaker with most relays.
var days = await store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Day) { First = 10_000 }, CancellationToken.None);
var day = days.Groups.Where(g => g.Key is not null).MaxBy(g => g.Counts.Relays)!.Key!;
var weekEnd = DateOnly.Parse(day, CultureInfo.InvariantCulture).AddDays(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
var claim = (await store.TopClaimsAsync(new RelayFilter(), 1, CancellationToken.None))[0].ClaimId;
var outlet = (await store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Outlet) { First = 1 }, CancellationToken.None)).Groups[0].Key!;
var speaker = (await store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Speaker) { First = 1 }, CancellationToken.None)).Groups[0].Key!;
var today = new RelayFilter { PublishedFrom = day, PublishedTo = day };
var week = new RelayFilter { PublishedFrom = day, PublishedTo = weekEnd };
Console.WriteLine($"busiest day {day}: {days.Groups.First(g => g.Key == day).Counts.Relays:N0} relays; {days.Groups.Count:N0} days in all");

Task By(RelayGrouping grouping, RelayFilter? filter = null, int first = 20) =>
    store.AggregateRelaysAsync(new RelayAggregateQuery(grouping) { Filter = filter ?? new(), First = first }, CancellationToken.None);
var cases = new (string Name, Func<Task> Run)[]
{
    ("point read (baseline): GetNodes of one id", () => store.GetNodesAsync([claim], CancellationToken.None)),
    ("by outlet, busiest day", () => By(RelayGrouping.Outlet, today)),
    ("by speaker, busiest day", () => By(RelayGrouping.Speaker, today)),
    ("by kind, busiest day", () => By(RelayGrouping.Kind, today)),
    ("top claims, busiest day", () => store.TopClaimsAsync(today, 10, CancellationToken.None)),
    ("an outlet's share, busiest day", () => By(RelayGrouping.Outlet, today with { Outlet = outlet }, 0)),
    ("by outlet, a week", () => By(RelayGrouping.Outlet, week)),
    ("by day, a week", () => By(RelayGrouping.Day, week)),
    ("top claims, a week", () => store.TopClaimsAsync(week, 10, CancellationToken.None)),
    ("the most relayed claim by outlet", () => By(RelayGrouping.Outlet, new() { ClaimId = claim })),
    ("the most relayed claim by day", () => By(RelayGrouping.Day, new() { ClaimId = claim }, 366)),
    ("the busiest speaker by day", () => By(RelayGrouping.Day, new() { Speaker = speaker }, 366)),
    ("whole graph by kind", () => By(RelayGrouping.Kind)),
    ("whole graph by outlet", () => By(RelayGrouping.Outlet)),
    ("whole graph by speaker", () => By(RelayGrouping.Speaker)),
    ("whole graph by day", () => By(RelayGrouping.Day, first: 1000)),
    ("whole graph top claims", () => store.TopClaimsAsync(new RelayFilter(), 10, CancellationToken.None)),
};

Console.WriteLine();
Console.WriteLine("| query | p50 ms | p99 ms | p99 / point read p99 |");
Console.WriteLine("|---|---:|---:|---:|");
double? baseline = null;
foreach (var (name, run) in cases)
{
    var (p50, p99) = await MeasureAsync(run);
    baseline ??= p99;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {p50:F2} | {p99:F2} | {p99 / baseline:F0}x |"));
}

// Bounded: a warm-up, then at most 200 runs or 20 seconds per query.
static async Task<(double P50, double P99)> MeasureAsync(Func<Task> run)
{
    for (var i = 0; i < 10; i++)
    {
        await run();
    }

    var samples = new List<double>();
    var budget = Stopwatch.StartNew();
    while (samples.Count < 200 && budget.Elapsed < TimeSpan.FromSeconds(20))
    {
        var one = Stopwatch.StartNew();
        await run();
        samples.Add(one.Elapsed.TotalMilliseconds);
    }

    samples.Sort();
    return (samples[samples.Count / 2], samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(samples.Count * 0.99) - 1)]);
}
