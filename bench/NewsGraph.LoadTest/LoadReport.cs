namespace NewsGraph.LoadTest;

/// <summary>Prints a run as a Markdown table, with the targets: GraphQL at least half the baseline's throughput, p99 under 20 ms.</summary>
public static class LoadReport
{
    public const double MinimumRatio = 0.5;
    public const double MaximumP99 = 20;

    public static void Write(TextWriter output, string graph, LoadSettings settings, IReadOnlyList<LoadRow> rows)
    {
        output.WriteLine();
        output.WriteLine($"On {graph}: {settings.Connections} connections, {settings.WarmUp.TotalSeconds:0.#} s warm-up + {settings.Duration.TotalSeconds:0.#} s per target; load average {LoadAverage()}");
        output.WriteLine();
        output.WriteLine("| query | bytes | GraphQL req/s | p50 ms | p99 ms | CPU ms/req | baseline req/s | p50 ms | p99 ms | CPU ms/req | GraphQL / baseline | CPU ratio | target met |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var (g, b) = (row.GraphQL, row.Baseline);
            var failures = g.Failures + b.Failures > 0 ? $" ({g.Failures} + {b.Failures} wrong answers)" : "";
            output.WriteLine($"| {row.Query.Description} | {row.ResponseBytes:N0} | {g.RequestsPerSecond:N0} | {g.P50:N2} | {g.P99:N2} | {g.CpuMillisecondsPerRequest:N3} | {b.RequestsPerSecond:N0} | {b.P50:N2} | {b.P99:N2} | {b.CpuMillisecondsPerRequest:N3} | {row.ThroughputRatio:N2} | {b.CpuMillisecondsPerRequest / g.CpuMillisecondsPerRequest:N2} | {Verdict(row)}{failures} |");
        }
    }

    private static string Verdict(LoadRow row) => (row.ThroughputRatio >= MinimumRatio, row.GraphQL.P99 < MaximumP99) switch
    {
        (true, true) => "yes",
        (false, true) => "no: throughput",
        (true, false) => "no: p99",
        (false, false) => "no: both",
    };

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
