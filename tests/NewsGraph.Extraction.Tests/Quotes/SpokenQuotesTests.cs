using NewsGraph.Extraction.Quotes;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Quotes;

public class SpokenQuotesTests
{
    private static readonly string[] Words = ["we", "will", "keep", "the", "harbour", "open", "Open,", "day", "1", "\u201Cquay\u201D", "—", "", "sale."];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Finds_the_speaker_reading_every_quote_would(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 50; round++)
        {
            var paragraphs = Enumerable.Range(0, 8).Select(i => new Paragraph($"paragraph {i}", i < 2 ? ParagraphKind.Heading : ParagraphKind.Body) { Index = i }).ToList();
            var quotes = Enumerable.Range(0, 30).Select(i =>
            {
                var span = new QuoteSpan(paragraphs[random.Next(paragraphs.Count)], i, paragraphs[0], i + 1, RandomText(random));
                return (span, Attribution.None with { Speaker = random.Next(3) == 0 ? null : new SpeakerRef($"Speaker {i}", SpeakerKind.Person) });
            }).ToList();
            var spoken = new SpokenQuotes(quotes);

            foreach (var (span, _) in quotes)
            {
                Assert.Equal(ByReadingEvery(span, quotes), spoken.SpeakerOf(span));
            }
        }
    }

    [Fact]
    public void Gives_a_quote_the_speaker_of_the_first_quote_that_holds_its_words_or_of_a_heading_quote_it_holds()
    {
        var (heading, body) = (new Paragraph("heading", ParagraphKind.Heading) { Index = 0 }, new Paragraph("body", ParagraphKind.Body) { Index = 1 });
        var ana = new SpeakerRef("Ana Lima", SpeakerKind.Person);
        var bo = new SpeakerRef("Bo Sten", SpeakerKind.Person);
        var headline = new QuoteSpan(heading, 0, heading, 5, "The quay is not for sale");
        var unsaid = new QuoteSpan(body, 0, body, 9, "“The quay is not for sale, not to anyone,”");
        var spoken = new SpokenQuotes([(headline, Attribution.None with { Speaker = ana }), (new QuoteSpan(body, 20, body, 25, "Not to anyone, ever."), Attribution.None with { Speaker = bo })]);

        Assert.Equal(ana, spoken.SpeakerOf(unsaid));
        Assert.Equal(bo, spoken.SpeakerOf(new QuoteSpan(body, 30, body, 33, "not to ANYONE")));
        Assert.Null(spoken.SpeakerOf(new QuoteSpan(body, 40, body, 43, "not for anyone")));
    }

    private static string RandomText(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(0, 5)).Select(_ => Words[random.Next(Words.Length)]));

    /// <summary>The plain reading the index replaces.</summary>
    private static SpeakerRef? ByReadingEvery(QuoteSpan span, List<(QuoteSpan Span, Attribution Attribution)> quotes)
    {
        var words = Linking(span.Text);
        return quotes.FirstOrDefault(q => q.Span != span && q.Attribution.Speaker is not null
                && (Linking(q.Span.Text).Contains(words, StringComparison.Ordinal)
                    || (q.Span.First.Kind is ParagraphKind.Heading or ParagraphKind.Title && words.Contains(Linking(q.Span.Text), StringComparison.Ordinal))))
            .Attribution?.Speaker;
    }

    private static string Linking(string text) =>
        " " + string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant()).Where(w => w.Length > 0)) + " ";
}
