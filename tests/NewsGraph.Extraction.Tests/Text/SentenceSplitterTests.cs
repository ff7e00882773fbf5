using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var paragraph = new Paragraph(text, ParagraphKind.Body);
        return [.. paragraph.Sentences.Select(s => paragraph.Slice(s.FirstToken, s.EndToken))];
    }

    [Fact]
    public void Does_not_end_sentences_at_titles_or_abbreviations()
    {
        Assert.Equal(
            ["Lt. Col. Jane Doe of the U.S. Army spoke on Jan. 5 at 10 a.m. and left.", "Then Gen. Smith arrived."],
            Sentences("Lt. Col. Jane Doe of the U.S. Army spoke on Jan. 5 at 10 a.m. and left. Then Gen. Smith arrived."));
    }

    [Fact]
    public void Keeps_closing_quotation_marks_with_their_sentence()
    {
        Assert.Equal(["“It is over.”", "She left."], Sentences("“It is over.” She left."));
    }

    [Fact]
    public void Does_not_split_before_a_lower_case_word()
    {
        Assert.Single(Sentences("“Why now?” he asked, and nobody answered."));
    }
}
