using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NewsGraph.Graph.Import;

/// <summary>
/// One stage of an import batch, measured by the importer's meter (<see cref="ImportMetrics"/>): a histogram of its wall
/// time, <c>newsgraph.import.NAME.duration</c>, and for a stage that runs on one thread, one of that thread's CPU time,
/// <c>newsgraph.import.NAME.thread_cpu_time</c>, which leaves out waiting for the CPU, the disk or a lock.
/// </summary>
public sealed class ImportStage
{
    private readonly Histogram<double> _duration;
    private readonly Histogram<double>? _threadCpuTime;

    internal ImportStage(Meter meter, string name, string description, bool onOneThread)
    {
        Name = name;
        _duration = meter.CreateHistogram<double>($"newsgraph.import.{name}.duration", "s", description);
        _threadCpuTime = onOneThread ? meter.CreateHistogram<double>($"newsgraph.import.{name}.thread_cpu_time", "s", $"{description}: CPU time of the thread that ran it") : null;
    }

    /// <summary>The stage's part of its instruments' names.</summary>
    public string Name { get; }

    /// <summary>The name of the histogram of the stage's wall time, in seconds.</summary>
    public string DurationInstrument => _duration.Name;

    /// <summary>The name of the histogram of its thread's CPU time, in seconds; null for a stage that runs on several threads.</summary>
    public string? ThreadCpuTimeInstrument => _threadCpuTime?.Name;

    /// <summary>Starts timing the stage; disposing the result records it.</summary>
    public Timing Start() => new(this, Environment.CurrentManagedThreadId, _threadCpuTime is null ? null : ThreadCpuClock.Now(), Stopwatch.GetTimestamp());

    /// <summary>A stage being timed.</summary>
    public readonly record struct Timing(ImportStage Stage, int Thread, TimeSpan? CpuAtStart, long StartedAt) : IDisposable
    {
        /// <summary>Records the stage's wall time, and its CPU time when it ended on the thread it began on.</summary>
        public void Dispose() => Stage.Record(this);
    }

    private void Record(Timing timing)
    {
        _duration.Record(Stopwatch.GetElapsedTime(timing.StartedAt).TotalSeconds);
        if (timing.CpuAtStart is { } start && timing.Thread == Environment.CurrentManagedThreadId && ThreadCpuClock.Now() is { } end)
        {
            _threadCpuTime!.Record((end - start).TotalSeconds);
        }
    }
}
