using System.Diagnostics;
using NewsGraph.Graph;

namespace NewsGraph.ImportBench;

/// <summary>
/// The latency of the queries the API leans on, on the graph an import built: relays of a claim, claims by speaker,
/// neighbourhood at depth 2, shortest path within 4 hops, full-text search, each against a baseline measured in the
/// same run (fetching one node by id). Inputs are drawn at random (seeded) from the graph. Beside the latencies, the
/// process's CPU time over the timed runs, per query: on a machine shared with other tenants latency measures their load
/// as much as the query, and the CPU a query costs much less so. It is read once before and once after the runs, not
/// around each: a system call per query made the one-node baseline twice as slow.
/// </summary>
public static class StoreProbe
{
    public static async Task<IReadOnlyList<QueryFigures>> RunAsync(IGraphStore store, int iterations, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var claims = await SampleAsync(store, NodeLabels.Claim, cancellationToken).ConfigureAwait(false);
        var people = await SampleAsync(store, NodeLabels.Person, cancellationToken).ConfigureAwait(false);
        var words = claims.SelectMany(c => (c.GetString("text") ?? "").Split(' ')).Where(w => w.Length > 6 && w.All(char.IsLetter)).Distinct().ToList();
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        var baseline = await MeasureAsync(iterations, () => store.GetNodesAsync([Pick(claims).Id], cancellationToken)).ConfigureAwait(false);
        var queries = new (string Name, Func<Task> Run)[]
        {
            ("relays of a claim", () => store.GetEdgesAsync([Pick(claims).Id], EdgeDirection.Incoming, [EdgeTypes.Relayed], cancellationToken)),
            ("claims by speaker (first 20)", () => store.ListNodesAsync(new NodeQuery(NodeLabels.Claim) { Filter = new NodeFilter { Speaker = Pick(people).Id } }, cancellationToken)),
            ("neighbourhood, depth 2, 100 nodes", () => store.GetNeighbourhoodAsync(Pick(people).Id, 2, 100, cancellationToken)),
            ("shortest path, at most 4 hops", () => store.FindShortestPathAsync(Pick(people).Id, Pick(people).Id, 4, cancellationToken)),
            ("search (20 hits)", () => store.SearchAsync(Pick(words), null, 20, cancellationToken)),
        };

        var figures = new List<QueryFigures> { Figures("baseline: one node by id", baseline, baseline) };
        foreach (var (name, run) in queries)
        {
            figures.Add(Figures(name, await MeasureAsync(iterations, run).ConfigureAwait(false), baseline));
        }

        return figures;
    }

    private static QueryFigures Figures(string query, Timings timings, Timings baseline) =>
        new(query, Percentile(timings.Latencies, 0.5), Percentile(timings.Latencies, 0.99), Percentile(baseline.Latencies, 0.5)) { CpuPerQuery = timings.CpuPerQuery };

    /// <summary>Runs <paramref name="query"/> a tenth of <paramref name="iterations"/> times to warm up, then times each of <paramref name="iterations"/> runs.</summary>
    private static async Task<Timings> MeasureAsync(int iterations, Func<Task> query)
    {
        for (var i = 0; i < iterations / 10; i++)
        {
            await query().ConfigureAwait(false);
        }

        var latencies = new List<double>(iterations);
        var cpu = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await query().ConfigureAwait(false);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        return new Timings(latencies, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / iterations);
    }

    /// <summary>Each timed run's latency, and the process's CPU time over them all per run, in milliseconds.</summary>
    private sealed record Timings(List<double> Latencies, double CpuPerQuery);

    private static double Percentile(List<double> values, double quantile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
    }

    /// <summary>Up to 2,000 nodes of a label, taken from the first pages of its listing.</summary>
    private static async Task<IReadOnlyList<GraphNode>> SampleAsync(IGraphStore store, string label, CancellationToken cancellationToken)
    {
        var page = await store.ListNodesAsync(new NodeQuery(label) { First = 2000 }, cancellationToken).ConfigureAwait(false);
        return page.Nodes.Count > 0 ? page.Nodes : throw new InvalidOperationException($"The graph holds no {label} to query.");
    }
}
