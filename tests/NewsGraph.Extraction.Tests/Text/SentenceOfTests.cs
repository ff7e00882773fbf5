using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Text;

public class SentenceOfTests
{
    private static readonly string[] Words = ["Ana", "said", "it", "was", "over", ".", "!", "?", "\"", "and", "U.S.", "Lt.", "(", ")", ","];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Finds_the_sentence_a_search_of_every_sentence_finds(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var paragraph = new Paragraph(string.Join(' ', Enumerable.Range(0, random.Next(1, 60)).Select(_ => Words[random.Next(Words.Length)])), ParagraphKind.Body);

            for (var token = -2; token < paragraph.Tokens.Count + 2; token++)
            {
                var expected = paragraph.Sentences.Where(s => s.Contains(token)).DefaultIfEmpty(new Sentence(token, token + 1)).First();
                Assert.Equal(expected, paragraph.SentenceOf(token));
            }
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Knows_the_tokens_that_open_a_sentence_as_a_search_of_every_sentence_does(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var paragraph = new Paragraph(string.Join(' ', Enumerable.Range(0, random.Next(1, 60)).Select(_ => Words[random.Next(Words.Length)])), ParagraphKind.Body);

            for (var token = -2; token < paragraph.Tokens.Count + 2; token++)
            {
                Assert.Equal(paragraph.Sentences.Any(s => s.FirstToken == token), paragraph.StartsSentence(token));
            }
        }
    }

    [Fact]
    public void Gives_a_token_outside_the_paragraph_a_sentence_of_its_own()
    {
        var paragraph = new Paragraph("It rained. Then it stopped.", ParagraphKind.Body);

        Assert.Equal(new Sentence(3, 7), paragraph.SentenceOf(4));
        Assert.Equal(new Sentence(9, 10), paragraph.SentenceOf(9));
    }
}
