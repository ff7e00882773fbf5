namespace NewsGraph.LoadTest;

/// <summary>What one target answered during the measured window.</summary>
/// <param name="Requests">Requests started in the window and answered.</param>
/// <param name="Seconds">The window's length.</param>
/// <param name="P50">Median latency, ms.</param>
/// <param name="P99">99th percentile latency, ms.</param>
/// <param name="Failures">Answers that were not 200 with the expected body.</param>
/// <param name="CpuSeconds">CPU time the process (server and client) spent in the window, on every core.</param>
public sealed record LoadFigures(int Requests, double Seconds, double P50, double P99, int Failures, double CpuSeconds)
{
    public double RequestsPerSecond => Requests / Seconds;

    /// <summary>
    /// CPU time per request, ms: what a request costs whatever share of the cores other tenants leave, which moves
    /// throughput and latency on a shared machine.
    /// </summary>
    public double CpuMillisecondsPerRequest => CpuSeconds * 1000 / Requests;
}
