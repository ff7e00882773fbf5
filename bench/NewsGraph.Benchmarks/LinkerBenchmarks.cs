using BenchmarkDotNet.Attributes;
using NewsGraph.Corpus;
using NewsGraph.Extraction;
using NewsGraph.Graph.Linking;

namespace NewsGraph.Benchmarks;

/// <summary>
/// Statement linking over the quotes the extractor finds in a generated corpus: the occurrences every quote unit
/// gives (as <see cref="QuoteLinks.Build"/> makes them), linked into statements. Fresh occurrences each operation,
/// so the cost of folding their words is counted too.
/// </summary>
[CategoriesColumn]
public class LinkerBenchmarks
{
    private List<(string Key, ArticleExtraction Extraction)> _articles = [];
    private List<StatementOccurrence> _occurrences = [];

    /// <summary>How many generated articles the occurrences come from.</summary>
    [Params(100, 300, 900)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var extractor = new ArticleExtractor();
        _articles = new CorpusGenerator(BenchCorpus.Seed).Generate(Articles)
            .AsParallel().AsOrdered()
            .Select(a => (a.FileName, extractor.Extract(ArticleReader.FromText(a.FileName, a.Text, ArticleFormat.PlainText, ArticleHints.None))))
            .ToList();
        _occurrences = _articles
            .SelectMany(a => a.Extraction.Quotes.SelectMany((quote, q) => quote.Units.Select((unit, u) =>
                new StatementOccurrence(a.Key, q, u, QuoteLinks.SpeakerKey(quote.Speaker), unit, quote.Form == QuoteForm.Fragment))))
            .ToList();
        Console.WriteLine($"// linker set: {Articles} articles, {_occurrences.Count} occurrences");
    }

    /// <summary>Linking the unit occurrences alone.</summary>
    [Benchmark]
    [BenchmarkCategory("Linking")]
    public int Link() =>
        StatementLinker.Link([.. _occurrences.Select(o => new StatementOccurrence(o.Article, o.Quote, o.Unit, o.Speaker, o.Wording, o.IsFragment))]).Count;

    /// <summary>Building the quote links of the extractions: occurrences, linking and composite statements.</summary>
    [Benchmark]
    [BenchmarkCategory("Linking")]
    public int BuildQuoteLinks() => QuoteLinks.Build(_articles).Statements.Count;
}
