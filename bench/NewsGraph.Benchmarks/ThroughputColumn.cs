using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsGraph.Benchmarks;

/// <summary>
/// Turns the median time of a <see cref="ThroughputAttribute"/> benchmark into a rate: MB/s, MB/s per core, or
/// articles/s (1 MB = 1,000,000 bytes). The median, not the mean: on a shared machine a few iterations slowed by
/// other tenants drag the mean far more than the median. Other benchmarks show "-".
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly Func<double, int, double> _rate;

    private ThroughputColumn(string name, string legend, Func<double, int, double> rate)
    {
        ColumnName = name;
        Id = nameof(ThroughputColumn) + "." + name;
        Legend = legend;
        _rate = rate;
    }

    /// <summary>Megabytes of article files read per second.</summary>
    public static ThroughputColumn MegabytesPerSecond { get; } = new("MB/s", "Article bytes extracted per second, in millions", (seconds, _) => BenchCorpus.TotalBytes / seconds / 1e6);

    /// <summary>Megabytes per second divided by the cores the benchmark ran on.</summary>
    public static ThroughputColumn MegabytesPerSecondPerCore { get; } = new("MB/s/core", "MB/s divided by the cores used", (seconds, cores) => BenchCorpus.TotalBytes / seconds / 1e6 / cores);

    /// <summary>Articles extracted per second.</summary>
    public static ThroughputColumn ArticlesPerSecond { get; } = new("Articles/s", "Articles extracted per second", (seconds, _) => BenchCorpus.Articles.Count / seconds);

    public string Id { get; }

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var throughput = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<ThroughputAttribute>();
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        return throughput is null || median is not > 0
            ? "-"
            : _rate(median.Value / 1e9, throughput.Cores).ToString("N2", CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
