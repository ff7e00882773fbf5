using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace NewsGraph.Benchmarks;

/// <summary>
/// The configuration: the throughput and speedup columns, allocations, and unless the command line names its own
/// job (<c>--job</c>), one short job so the whole suite runs in a few minutes on a 2-core machine: one launch, 10
/// measured iterations, and 30 warm-up iterations, because the extractor's code takes several dozen passes over
/// the corpus to reach its final tier of JIT compilation (a 3-iteration warm-up measured half-compiled code).
/// </summary>
public static class BenchConfig
{
    /// <summary>The job used when the command line names none.</summary>
    public static Job ShortJob { get; } = Job.Default.WithLaunchCount(1).WithWarmupCount(30).WithIterationCount(10).WithId("Short");

    public static IConfig Create(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var config = DefaultConfig.Instance
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
            .AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.MegabytesPerSecondPerCore, ThroughputColumn.ArticlesPerSecond, SpeedupColumn.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default);
        return args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal)) ? config : config.AddJob(ShortJob);
    }
}
