using NewsGraph.Extraction;
using NewsGraph.Graph.Linking;

namespace NewsGraph.Graph.Tests.Linking;

/// <summary>Builds the linker's inputs: occurrences, quotes and extractions, with only what linking reads.</summary>
internal static class Occurrences
{
    public const string Calloway = "person/henrietta-calloway";
    public const string Okafor = "person/tunde-okafor";

    public const string PublicMoney = "We will not pour public money into a channel that nobody uses,";
    public const string TaxpayersMoney = "We will not pour taxpayers' money into a channel that nobody uses.";

    /// <summary>Shares half its words with <see cref="PublicMoney"/>: enough for one speaker, not when a speaker is unknown.</summary>
    public const string LooseRewording = "We are not going to pour public money into a harbour channel nobody is using.";

    public const string Quay = "The fishing fleet deserves a proper quay before anything else.";
    public const string QuayDrift = "The fishing fleet deserves a decent quay before anything else.";

    public static StatementOccurrence Full(string article, string? speaker, string wording, int quote = 0, int unit = 0) =>
        new(article, quote, unit, speaker, wording, IsFragment: false);

    public static StatementOccurrence Fragment(string article, string? speaker, string wording, int quote = 0, int unit = 0) =>
        new(article, quote, unit, speaker, wording, IsFragment: true);

    /// <summary>The statement <paramref name="occurrence"/> was placed in.</summary>
    public static LinkedStatement StatementOf(IReadOnlyList<LinkedStatement> statements, StatementOccurrence occurrence) =>
        statements.Single(s => s.Occurrences.Any(o => o.Occurrence == occurrence));

    public static Quote Quote(SpeakerRef? speaker, params string[] units) => Quote(QuoteForm.Full, speaker, units);

    public static Quote Quote(QuoteForm form, SpeakerRef? speaker, params string[] units) =>
        new(string.Join(' ', units), 0, form, speaker, "said", null, null, null, units, null);

    /// <summary>An article of <paramref name="text"/>, each quote placed where its words first stand in it after the quote before.</summary>
    public static ArticleExtraction Written(string text, params Quote[] quotes)
    {
        var from = 0;
        var placed = quotes.Select(q =>
        {
            var start = text.IndexOf(q.Text, from, StringComparison.Ordinal);
            from = start + q.Text.Length;
            return q with { Start = start };
        }).ToArray();
        return Article(placed) with { Text = text };
    }

    public static ArticleExtraction Article(params Quote[] quotes) => new(
        "article.txt",
        new ArticleMetadata(null, null, null, null, "en", [], 0, ""),
        string.Join('\n', quotes.Select(q => q.Text)),
        [],
        [],
        [],
        quotes,
        []);
}
