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

    [Theory]
    [InlineData("The award went to Tomás Ferreira Jr. The ceremony lasted an hour.", "The award went to Tomás Ferreira Jr.")]
    [InlineData("BRIEF: Shares were sold to Kaveh Holdings Ltd. They rose 4% by noon.", "BRIEF: Shares were sold to Kaveh Holdings Ltd.")]
    public void A_name_ending_in_an_abbreviation_ends_the_sentence_before_a_word_that_opens_one(string text, string first)
    {
        Assert.Equal(first, Sentences(text)[0]);
    }

    [Fact]
    public void Does_not_end_sentences_after_a_saint_a_mount_or_a_title()
    {
        Assert.Single(Sentences("Sen. Ruth Okello flew from St. Petersburg to Mt. Elgon with Gen. Ana Ruiz."));
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
