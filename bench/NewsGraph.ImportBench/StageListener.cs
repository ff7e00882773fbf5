using System.Diagnostics.Metrics;
using NewsGraph.Graph.Import;

namespace NewsGraph.ImportBench;

/// <summary>Sums what the importer's stage histograms (<see cref="ImportMetrics"/>) record from its creation until it is disposed.</summary>
public sealed class StageListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<string, double> _seconds = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public StageListener()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ImportMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, seconds, _, _) =>
        {
            lock (_lock)
            {
                _seconds[instrument.Name] = _seconds.GetValueOrDefault(instrument.Name) + seconds;
            }
        });
        _listener.Start();
    }

    /// <summary>Each stage that recorded anything, in the order a batch meets them.</summary>
    public IReadOnlyList<StageFigures> Totals()
    {
        lock (_lock)
        {
            return [.. ImportMetrics.Stages
                .Where(stage => _seconds.ContainsKey(stage.DurationInstrument))
                .Select(stage => new StageFigures(
                    stage.Name,
                    _seconds[stage.DurationInstrument],
                    stage.ThreadCpuTimeInstrument is { } cpu && _seconds.TryGetValue(cpu, out var cpuSeconds) ? cpuSeconds : null))];
        }
    }

    public void Dispose() => _listener.Dispose();
}
