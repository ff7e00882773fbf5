using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Quotes;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Quotes;

public class QuotedRegionsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Answers_as_asking_every_quote_would(int seed)
    {
        var random = new Random(seed);
        var paragraphs = Enumerable.Range(0, 6).Select(i => new Paragraph($"paragraph {i}", ParagraphKind.Body) { Index = i }).ToList();
        var spans = Enumerable.Range(0, 25).Select(_ =>
        {
            var first = random.Next(paragraphs.Count);
            var last = random.Next(4) == 0 ? Math.Min(paragraphs.Count - 1, first + random.Next(3)) : first;
            var open = random.Next(20);
            var close = last == first ? open + 1 + random.Next(10) : random.Next(20);
            return new QuoteSpan(paragraphs[first], open, paragraphs[last], close, "words");
        }).ToList();
        var regions = new QuotedRegions(spans);

        foreach (var paragraph in paragraphs)
        {
            for (var token = 0; token < 32; token++)
            {
                Assert.Equal(spans.Any(s => s.Encloses(paragraph, token)), regions.Encloses(paragraph, token));
                var mention = new Mention(EntityType.Person, "Name", paragraph, token, token + 1 + random.Next(3));
                Assert.Equal(spans.Any(s => s.Holds(mention)), regions.Holds(mention));
            }
        }
    }

    [Fact]
    public void Holds_only_a_mention_within_one_paragraphs_quote()
    {
        var (first, second) = (new Paragraph("one", ParagraphKind.Body) { Index = 0 }, new Paragraph("two", ParagraphKind.Body) { Index = 1 });
        var regions = new QuotedRegions([new QuoteSpan(first, 2, second, 5, "words")]);

        Assert.True(regions.Encloses(second, 3));
        Assert.False(regions.Holds(new Mention(EntityType.Person, "Name", second, 3, 4)));
        Assert.False(regions.Encloses(first, 2));
    }
}
