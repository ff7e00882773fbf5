namespace NewsGraph.ImportBench;

/// <summary>Latencies of one kind of store query, in milliseconds.</summary>
public sealed record QueryFigures(string Query, double P50, double P99, double BaselineP50)
{
    public double RatioToBaseline => P50 / BaselineP50;
}
