using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using NewsGraph.Graph.Import;

namespace NewsGraph.Import.Tests;

/// <summary>The importer's meter reports every stage of a real import, and of a removal.</summary>
public class ImportMetricsTests
{
    [Fact]
    public async Task Importing_and_removing_the_seeds_records_every_stage_of_the_meter()
    {
        var recorded = new ConcurrentDictionary<string, double>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ImportMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, seconds, _, _) => recorded.AddOrUpdate(instrument.Name, seconds, (_, sum) => sum + seconds));
        listener.Start();

        await using var fixture = new ImportFixture();
        var results = await fixture.ImportAsync([.. ImportFixture.Seeds]);
        Assert.True(await fixture.Importer.RemoveAsync(results[0].ArticleId, CancellationToken.None));

        Assert.All(ImportMetrics.Stages, stage => Assert.True(recorded.ContainsKey(stage.DurationInstrument), $"no {stage.DurationInstrument}"));
        var onOneThread = ImportMetrics.Stages.Where(stage => stage.ThreadCpuTimeInstrument is not null).ToList();
        Assert.Contains(ImportMetrics.Linking, onOneThread);
        if (OperatingSystem.IsLinux())
        {
            Assert.All(onOneThread, stage => Assert.True(recorded.ContainsKey(stage.ThreadCpuTimeInstrument!), $"no {stage.ThreadCpuTimeInstrument}"));
            Assert.True(recorded[ImportMetrics.Linking.ThreadCpuTimeInstrument!] > 0);
        }
    }
}
