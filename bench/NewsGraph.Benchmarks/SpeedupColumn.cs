using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsGraph.Benchmarks;

/// <summary>
/// The baseline's mean time over this benchmark's, in the same category and run: 1.00 for the baseline, about
/// 2 for a benchmark that halves the time. The inverse of BenchmarkDotNet's Ratio column, read as "times faster".
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

    public string Legend => "Baseline mean / this mean, in the same category (2.00 = twice as fast as the 1-core baseline)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        var baselineMean = baseline is null ? null : summary[baseline]?.ResultStatistics?.Mean;
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return baselineMean is > 0 && mean is > 0 ? (baselineMean.Value / mean.Value).ToString("N2", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
