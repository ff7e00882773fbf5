using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsGraph.Benchmarks;

/// <summary>
/// The baseline's median time over this benchmark's, in the same category and run: 1.00 for the baseline, about
/// 2 for a benchmark that halves the time. Read as "times faster"; BenchmarkDotNet's Ratio column is the inverse,
/// on means.
/// </summary>
public sealed class SpeedupColumn : IColumn
{
    public static SpeedupColumn Instance { get; } = new();

    public string Id => nameof(SpeedupColumn);

    public string ColumnName => "Speedup";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Baseline median / this median, in the same category (2.00 = twice as fast as the 1-core baseline)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        var baselineMedian = baseline is null ? null : summary[baseline]?.ResultStatistics?.Median;
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        return baselineMedian is > 0 && median is > 0 ? (baselineMedian.Value / median.Value).ToString("N2", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
