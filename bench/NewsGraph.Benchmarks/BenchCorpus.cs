using System.Text;
using NewsGraph.Corpus;

namespace NewsGraph.Benchmarks;

/// <summary>
/// The articles the extraction benchmarks read: 200 generated ones (seed 42) and the sixteen hand-written test
/// articles (wire copy, web pages, an HTML page, Markdown, transcripts), as the bytes a file would hold. The same
/// set is rebuilt in the benchmark process and in the host that prints the throughput columns.
/// </summary>
public static class BenchCorpus
{
    /// <summary>Generated articles in the extraction set.</summary>
    public const int GeneratedArticles = 200;

    /// <summary>The generator's seed.</summary>
    public const int Seed = CorpusGenerator.DefaultSeed;

    private static readonly string[] ArticleExtensions = [".txt", ".md", ".html"];

    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> Loaded = new(Load);

    /// <summary>Every article of the set: a file name (its extension picks the format) and its bytes.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Articles => Loaded.Value;

    /// <summary>The bytes one pass over the set reads.</summary>
    public static long TotalBytes => Articles.Sum(a => (long)a.Bytes.Length);

    /// <summary>The folder of NewsGraph.sln, found above the running assembly (BenchmarkDotNet runs a copy in a subfolder of bin).</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsGraph.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("NewsGraph.sln not found above " + AppContext.BaseDirectory);
    }

    private static List<(string Name, byte[] Bytes)> Load()
    {
        var generated = new CorpusGenerator(Seed).Generate(GeneratedArticles).Select(a => (a.FileName, Encoding.UTF8.GetBytes(a.Text)));
        var folder = Path.Combine(RepositoryRoot(), "tests", "NewsGraph.Extraction.Tests", "Articles");
        var written = Directory.GetFiles(folder)
            .Where(f => ArticleExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)));
        return [.. generated, .. written];
    }
}
