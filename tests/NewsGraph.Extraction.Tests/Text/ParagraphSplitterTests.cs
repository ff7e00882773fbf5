using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Text;

public class ParagraphSplitterTests
{
    [Fact]
    public void Treats_each_line_of_unwrapped_text_as_a_paragraph()
    {
        Assert.Equal(["Heading", "First paragraph.", "Second paragraph."], ParagraphSplitter.Split("Heading\nFirst paragraph.\r\n\r\nSecond paragraph.\n"));
    }

    [Fact]
    public void Joins_hard_wrapped_lines_back_into_paragraphs()
    {
        const string Text = """
            The ministers met in Brussels on Monday to discuss the proposal, which
            would charge producers for every tonne of fertilizer they sell in the
            bloc from 2027.

            "This plan is dead on arrival," the Dutch minister said as he arrived
            for the meeting with his counterparts.
            """;

        var paragraphs = ParagraphSplitter.Split(Text);

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("The ministers met", paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("from 2027.", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("he arrived for the meeting", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Rejoins_a_word_hyphenated_at_a_line_break()
    {
        const string Text = "The agreement was signed early on Monday by a very well-\nknown negotiator after a very long night of talks in the\ncapital of the country, officials said on Monday evening.";

        Assert.Contains("well-known negotiator", ParagraphSplitter.Split(Text)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_bracketed_cue_line_apart_from_the_lines_under_it()
    {
        const string Text = "[CLIP 3 — Marguerite Olawale-Dumont, harbour pilot at Kestrel Point, in French, 0'09\"]\n" +
            "\"We saw the lights go out one after the other, and then we heard the hull hit the rocks.\"";

        var paragraphs = ParagraphSplitter.Split(Text);

        Assert.Equal(2, paragraphs.Count);
        Assert.EndsWith("]", paragraphs[0], StringComparison.Ordinal);
    }
}
