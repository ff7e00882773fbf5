using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Entities;

public class ParagraphOrganizationsTests
{
    private static readonly Paragraph Paragraph = new("Words of a paragraph that the mentions below point into.", ParagraphKind.Body);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Finds_what_a_scan_of_every_mention_in_order_finds(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            // Unsorted and overlapping, with ties on both ends, as mentions added by several readers come.
            var mentions = Enumerable.Range(0, random.Next(0, 30))
                .Select(i => random.Next(0, 40) is var first ? new Mention(EntityType.Organization, $"Body {i}", Paragraph, first, first + random.Next(1, 6)) : null!)
                .ToList();
            var organizations = new ParagraphOrganizations(mentions);

            for (var after = -1; after < 46; after++)
            {
                Assert.Equal(mentions.LastOrDefault(m => m.EndToken == after), organizations.EndingAt(after));
                for (var end = after; end < 47; end += 3)
                {
                    Assert.Equal(mentions.Where(m => m.FirstToken > after && m.EndToken <= end), organizations.Within(after, end));
                }
            }
        }
    }
}
