namespace NewsGraph.ImportBench;

/// <summary>What one stage of the importer took over a run (<see cref="StageListener"/>).</summary>
/// <param name="Stage">The stage's name in <see cref="NewsGraph.Graph.Import.ImportMetrics"/>.</param>
/// <param name="Seconds">Its wall time, summed over the run.</param>
/// <param name="ThreadCpuSeconds">Its thread's CPU time, summed, for a stage that runs on one thread.</param>
public sealed record StageFigures(string Stage, double Seconds, double? ThreadCpuSeconds);
