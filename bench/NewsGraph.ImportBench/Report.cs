using NewsGraph.Graph.Import;

namespace NewsGraph.ImportBench;

/// <summary>Prints the runs side by side as Markdown tables, with each Neo4j figure's ratio to SQLite's.</summary>
public static class Report
{
    public static void Write(TextWriter output, BenchSettings settings, IReadOnlyList<StoreRun> runs, IReadOnlyList<SweepPoint> sweep)
    {
        var first = runs[0];
        output.WriteLine();
        output.WriteLine($"Import of {settings.Count:N0} generated articles (seed {settings.Seed}), {settings.BatchSize} articles per batch; load average at the end {LoadAverage()}");
        output.WriteLine();
        output.WriteLine("| store | seconds | articles/s | slowest tenth, articles/s | articles/s / SQLite's | nodes | edges | store size | peak working set (process) | CPU ms per article (process) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var import = run.Import;
            output.WriteLine($"| {run.Store} | {import.Seconds:N1} | {import.ArticlesPerSecond:N0} | {import.SlowestChunkArticlesPerSecond:N0} | {import.ArticlesPerSecond / first.Import.ArticlesPerSecond:N2} | {run.Nodes:N0} | {run.Edges:N0} | {(import.StoreMegabytes is { } mb ? $"{mb:N0} MB" : "-")} | {import.PeakWorkingSetMegabytes:N0} MB | {import.CpuMillisecondsPerArticle:N2} |");
        }

        foreach (var run in runs)
        {
            WriteStages(output, run.Store, run.Import);
        }

        WriteCountDifferences(output, runs);
        WriteQueries(output, settings, [.. runs.Select(run => run.Queries)]);
        if (sweep.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Neo4j write batch sweep: {sweep[0].Import.Articles:N0} articles each, into an empty graph");
            output.WriteLine();
            output.WriteLine("| rows per UNWIND | seconds | articles/s | slowest tenth, articles/s |");
            output.WriteLine("|---:|---:|---:|---:|");
            foreach (var point in sweep)
            {
                output.WriteLine($"| {point.BatchSize} | {point.Import.Seconds:N1} | {point.Import.ArticlesPerSecond:N0} | {point.Import.SlowestChunkArticlesPerSecond:N0} |");
            }
        }
    }

    /// <summary>One import into an existing store (<c>--into</c>).</summary>
    public static void WriteImport(TextWriter output, ImportFigures import)
    {
        output.WriteLine();
        output.WriteLine($"| articles | seconds | articles/s | CPU s (process, user + sys) | CPU ms per article | store size | peak working set | load average at the end |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---|");
        output.WriteLine($"| {import.Articles:N0} | {import.Seconds:N1} | {import.ArticlesPerSecond:N0} | {import.CpuSeconds:N1} | {import.CpuMillisecondsPerArticle:N2} | {import.StoreMegabytes:N0} MB | {import.PeakWorkingSetMegabytes:N0} MB | {LoadAverage()} |");
        WriteStages(output, "SQLite", import);
    }

    /// <summary>
    /// The importer's stages (<see cref="StageListener"/>): wall time, and thread CPU time for those that run on one thread.
    /// A batch holds the stages listed after it; what it spent outside them is its own row.
    /// </summary>
    private static void WriteStages(TextWriter output, string store, ImportFigures import)
    {
        if (import.Stages.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{store}: the importer's stages over the {import.Articles:N0} articles (wall time counts waiting for the CPU; thread CPU, where a stage runs on one thread, does not)");
        output.WriteLine();
        output.WriteLine("| stage | wall s | wall ms per article | thread CPU s | thread CPU ms per article |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var stage in import.Stages)
        {
            Row(stage.Stage, stage.Seconds, stage.ThreadCpuSeconds);
        }

        if (import.Stages.FirstOrDefault(s => s.Stage == ImportMetrics.Batch.Name) is { } batch)
        {
            var parts = import.Stages.SkipWhile(s => s != batch).Skip(1).Sum(s => s.Seconds);
            Row("batch, outside its stages", batch.Seconds - parts, null);
        }

        void Row(string name, double seconds, double? cpuSeconds) =>
            output.WriteLine($"| {name} | {seconds:N2} | {seconds * 1000 / import.Articles:N2} | {(cpuSeconds is { } cpu ? $"{cpu:N2} | {cpu * 1000 / import.Articles:N2}" : "- | -")} |");
    }

    /// <summary>The store queries' table: p50, p99, CPU per query and ratio to the baseline per store, and each p50 over the first store's.</summary>
    public static void WriteQueries(TextWriter output, BenchSettings settings, IReadOnlyList<QueryRun> runs)
    {
        output.WriteLine();
        output.WriteLine($"Store queries, {settings.Iterations} timed runs each after {settings.Iterations / 10} warm-up runs; ms; CPU = the process's CPU time over the timed runs, per run; × = p50 over the same store's baseline p50; load average at the end {LoadAverage()}");
        output.WriteLine();
        output.WriteLine("| query | " + string.Join(" | ", runs.Select(r => $"{r.Store} p50 | p99 | CPU | ×")) + (runs.Count > 1 ? " | p50 / SQLite's |" : " |"));
        output.WriteLine("|---|" + string.Concat(runs.Select(_ => "---:|---:|---:|---:|")) + (runs.Count > 1 ? "---:|" : ""));
        for (var i = 0; i < runs[0].Queries.Count; i++)
        {
            var row = runs.Select(r => r.Queries[i]).ToList();
            var ratio = runs.Count > 1 ? $" {row[^1].P50 / row[0].P50:N1} |" : "";
            output.WriteLine($"| {row[0].Query} | " + string.Join(" | ", row.Select(q => $"{q.P50:N3} | {q.P99:N3} | {q.CpuPerQuery:N3} | {q.RatioToBaseline:N1}")) + " |" + ratio);
        }
    }

    /// <summary>The same articles should give the same graph in every store: the labels and types whose counts differ, if any.</summary>
    private static void WriteCountDifferences(TextWriter output, IReadOnlyList<StoreRun> runs)
    {
        var differing = runs[0].Counts.Nodes.Keys.Select(label => ("nodes " + label, Count(r => r.Counts.Nodes, label)))
            .Concat(runs[0].Counts.Edges.Keys.Select(type => ("edges " + type, Count(r => r.Counts.Edges, type))))
            .Where(item => item.Item2.Distinct().Count() > 1)
            .ToList();
        if (differing.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("The graphs differ:");
        output.WriteLine();
        output.WriteLine("| count | " + string.Join(" | ", runs.Select(r => r.Store)) + " |");
        output.WriteLine("|---|" + string.Concat(runs.Select(_ => "---:|")));
        foreach (var (name, counts) in differing)
        {
            output.WriteLine($"| {name} | " + string.Join(" | ", counts.Select(c => c.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))) + " |");
        }

        List<long> Count(Func<StoreRun, IReadOnlyDictionary<string, long>> of, string key) =>
            [.. runs.Select(r => of(r).GetValueOrDefault(key))];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
