namespace NewsGraph.Extraction.Tests;

/// <summary>Runs the whole extractor over a small inline article.</summary>
internal static class TestExtraction
{
    private static readonly ArticleExtractor Extractor = new();

    public static ArticleExtraction Extract(string text, string source = "test.txt") =>
        Extractor.Extract(ArticleReader.FromText(source, text, ArticleReader.FormatOf(source, text), ArticleHints.None));

    public static Quote QuoteStarting(this ArticleExtraction extraction, string start) =>
        extraction.Quotes.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    public static string? SpeakerOf(this ArticleExtraction extraction, string quoteStart) =>
        extraction.QuoteStarting(quoteStart).Speaker?.Display;
}
