using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsGraph.Extraction;

namespace NewsGraph.Benchmarks;

/// <summary>
/// Extraction over <see cref="BenchCorpus"/>: decoding and reading each article's bytes, then extracting it, as
/// <c>newsgraph extract</c> does once a file is read. One operation is one pass over the whole set.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private readonly CpuMeter _cpu = new();
    private readonly List<double> _pairedSpeedups = [];
    private IReadOnlyList<(string Name, byte[] Bytes)> _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchCorpus.Articles;
        Console.WriteLine($"// extraction set: {_articles.Count} articles, {BenchCorpus.TotalBytes:N0} bytes per operation");
    }

    /// <summary>Prints the CPU time per operation of the benchmark that just ran (see <see cref="CpuMeter"/>).</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine(_cpu.Report(BenchCorpus.TotalBytes));
        if (_pairedSpeedups.Count > 0)
        {
            var last = _pairedSpeedups.TakeLast(30).Order().ToList();
            Console.WriteLine(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"// paired speedup: median of (1-core time / 2-core time) over the last {last.Count} pairs = {last[last.Count / 2]:F2} (range {last[0]:F2} to {last[^1]:F2})"));
        }
    }

    /// <summary>Single-threaded throughput: every article in turn on one thread.</summary>
    [Benchmark]
    [BenchmarkCategory("Throughput")]
    [Throughput(1)]
    public int ExtractSingleThread() => _cpu.Measure(nameof(ExtractSingleThread), () =>
    {
        var quotes = 0;
        foreach (var (name, bytes) in _articles)
        {
            quotes += Extract(name, bytes);
        }

        return quotes;
    });

    /// <summary>The folder as <c>extract</c> runs it (Parallel.ForEach), held to one core: the scaling baseline.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Scaling")]
    [Throughput(1)]
    public int FolderOneCore() => ExtractInParallel(nameof(FolderOneCore), 1);

    /// <summary>The same folder on two cores; its ratio to <see cref="FolderOneCore"/> is the scaling.</summary>
    [Benchmark]
    [BenchmarkCategory("Scaling")]
    [Throughput(2)]
    public int FolderTwoCores() => ExtractInParallel(nameof(FolderTwoCores), 2);

    /// <summary>
    /// One pass on one core, then the same pass on two, timed apart: each pair ran within a fraction of a second, so
    /// other tenants' load weighs on both alike, and the median of the pairs' ratios (printed as
    /// <c>// paired speedup</c>) is a steadier scaling figure on a shared machine than two benchmarks run minutes apart.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("ScalingPaired")]
    public int FolderOneThenTwoCores()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var quotes = ExtractInParallel(nameof(FolderOneThenTwoCores), 1);
        var one = watch.Elapsed;
        watch.Restart();
        quotes += ExtractInParallel(nameof(FolderOneThenTwoCores), 2);
        _pairedSpeedups.Add(one / watch.Elapsed);
        return quotes;
    }

    private int ExtractInParallel(string benchmark, int cores) => _cpu.Measure(benchmark, () =>
    {
        var quotes = 0;
        Parallel.ForEach(
            _articles,
            new ParallelOptions { MaxDegreeOfParallelism = cores },
            () => 0,
            (article, _, local) => local + Extract(article.Name, article.Bytes),
            local => Interlocked.Add(ref quotes, local));
        return quotes;
    });

    private int Extract(string name, byte[] bytes) => _extractor.Extract(ArticleReader.Read(name, bytes)).Quotes.Count;
}
