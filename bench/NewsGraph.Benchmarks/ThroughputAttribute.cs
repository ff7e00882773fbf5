namespace NewsGraph.Benchmarks;

/// <summary>
/// Marks a benchmark that reads the whole <see cref="BenchCorpus"/> once per operation on <see cref="Cores"/>
/// threads, so the throughput columns can turn its mean time into MB/s, MB/s per core and articles/s.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ThroughputAttribute(int cores) : Attribute
{
    /// <summary>How many threads the benchmark extracts on.</summary>
    public int Cores { get; } = cores;
}
