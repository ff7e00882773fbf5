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
    private IReadOnlyList<(string Name, byte[] Bytes)> _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchCorpus.Articles;
        Console.WriteLine($"// extraction set: {_articles.Count} articles, {BenchCorpus.TotalBytes:N0} bytes per operation");
    }

    /// <summary>Single-threaded throughput: every article in turn on one thread.</summary>
    [Benchmark]
    [BenchmarkCategory("Throughput")]
    [Throughput(1)]
    public int ExtractSingleThread()
    {
        var quotes = 0;
        foreach (var (name, bytes) in _articles)
        {
            quotes += Extract(name, bytes);
        }

        return quotes;
    }

    /// <summary>The folder as <c>extract</c> runs it (Parallel.ForEach), held to one core: the scaling baseline.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Scaling")]
    [Throughput(1)]
    public int FolderOneCore() => ExtractInParallel(1);

    /// <summary>The same folder on two cores; its ratio to <see cref="FolderOneCore"/> is the scaling.</summary>
    [Benchmark]
    [BenchmarkCategory("Scaling")]
    [Throughput(2)]
    public int FolderTwoCores() => ExtractInParallel(2);

    private int ExtractInParallel(int cores)
    {
        var quotes = 0;
        Parallel.ForEach(
            _articles,
            new ParallelOptions { MaxDegreeOfParallelism = cores },
            () => 0,
            (article, _, local) => local + Extract(article.Name, article.Bytes),
            local => Interlocked.Add(ref quotes, local));
        return quotes;
    }

    private int Extract(string name, byte[] bytes) => _extractor.Extract(ArticleReader.Read(name, bytes)).Quotes.Count;
}
