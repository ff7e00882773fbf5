using System.Diagnostics;
using System.Globalization;

namespace NewsGraph.Benchmarks;

/// <summary>
/// The process CPU time each operation takes. On a shared machine wall time says how much of a core other tenants
/// left the benchmark; CPU time says what the work costs, and whether two threads spend more of it than one
/// (locks, contention) or the same (parallel work that would scale with free cores). Only the last operations are
/// kept, so the figure is that of warmed-up code.
/// </summary>
public sealed class CpuMeter
{
    private const int Kept = 30;

    private readonly Queue<double> _milliseconds = new();
    private string _benchmark = "";

    /// <summary>Runs <paramref name="operation"/> of <paramref name="benchmark"/> and records the CPU time the whole process spent on it.</summary>
    public T Measure<T>(string benchmark, Func<T> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _benchmark = benchmark;
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var result = operation();
        _milliseconds.Enqueue((Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds);
        if (_milliseconds.Count > Kept)
        {
            _milliseconds.Dequeue();
        }

        return result;
    }

    /// <summary>A line for the log: median CPU time per operation and the MB/s of CPU time it makes for <paramref name="bytes"/>.</summary>
    public string Report(long bytes)
    {
        var name = _benchmark;
        if (_milliseconds.Count == 0)
        {
            return $"// cpu {name}: no operations";
        }

        var sorted = _milliseconds.Order().ToList();
        var median = sorted[sorted.Count / 2];
        return string.Create(CultureInfo.InvariantCulture, $"// cpu {name}: median {median:F1} ms of CPU time per operation over the last {sorted.Count} ({bytes / (median / 1000) / 1e6:F2} MB per CPU-second)");
    }
}
