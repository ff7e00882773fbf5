namespace NewsGraph.ImportBench;

/// <summary>Latencies of one kind of store query, and the process's CPU time per query, in milliseconds.</summary>
public sealed record QueryFigures(string Query, double P50, double P99, double BaselineP50)
{
    public double CpuPerQuery { get; init; }

    public double RatioToBaseline => P50 / BaselineP50;
}
