using NewsGraph.Extraction.Quotes;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Quotes;

public class StanceCueWordsTests
{
    private static readonly string[] Words =
    [
        "denied", "Denies", "garden", "Ruaden", "not", "true", "untrue", "could", "be", "confirmed", "cannot", "independently",
        "verify", "no", "evidence", "fake", "news", "agreed", "in", "agreement", "backed", "him", "up", "seconded", "the",
        "echoed", "never", "happened", "said", "Ana", "\"", ",", ".", "won't", "x\u200Ddenied", "re-jected", "DISMISSED",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Clears_only_frames_that_hold_no_cue(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var paragraphs = Enumerable.Range(0, 3).Select(_ => new Paragraph(RandomText(random), ParagraphKind.Body)).ToList();
            var cues = new StanceCueWords();
            var (before, lead, tail) = (paragraphs[0], Stretch(random, paragraphs[1]), Stretch(random, paragraphs[2]));
            var withBefore = random.Next(2) == 0;
            var frame = string.Join(' ', withBefore ? before.Text : "", paragraphs[1].Slice(lead.First, lead.End), paragraphs[2].Slice(tail.First, tail.End));

            var mayHold = (withBefore && cues.InText(before)) || cues.InTokens(paragraphs[1], lead.First, lead.End) || cues.InTokens(paragraphs[2], tail.First, tail.End);

            Assert.True(mayHold || StanceDetector.Detect("", frame) is null, frame);
        }
    }

    [Fact]
    public void Sees_a_cue_word_only_where_a_word_starts_with_it()
    {
        var paragraph = new Paragraph("The garden at Ruaden was denied to them.", ParagraphKind.Body);
        var cues = new StanceCueWords();

        Assert.False(cues.InTokens(paragraph, 0, 5));
        Assert.True(cues.InTokens(paragraph, 0, 6));
        Assert.True(cues.InTokens(paragraph, 5, 6));
        Assert.False(cues.InTokens(paragraph, 6, 6));
        Assert.True(cues.InText(paragraph));
        Assert.False(cues.InText(new Paragraph("The garden at Ruaden was open.", ParagraphKind.Body)));
    }

    private static string RandomText(Random random) =>
        string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 14)).Select(_ => Words[random.Next(Words.Length)]));

    private static (int First, int End) Stretch(Random random, Paragraph paragraph)
    {
        var first = random.Next(paragraph.Tokens.Count + 1);
        return (first, first + random.Next(paragraph.Tokens.Count - first + 1));
    }
}
