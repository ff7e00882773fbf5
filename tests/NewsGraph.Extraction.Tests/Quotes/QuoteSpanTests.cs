namespace NewsGraph.Extraction.Tests.Quotes;

public class QuoteSpanTests
{
    [Fact]
    public void Pairs_curly_and_straight_quotation_marks()
    {
        var article = TestExtraction.Extract("“We will rebuild the bridge,” Mayor Ana Ruiz said.\n\n\"Work starts in May,\" she added.");

        Assert.Equal(["We will rebuild the bridge,", "Work starts in May,"], article.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void Keeps_a_quote_that_runs_over_several_paragraphs_as_one()
    {
        const string Text = """
            Union leader Tunde Bakare addressed the crowd.

            “Fourteen months we have waited. We have families.

            “They say go back to work. We have had three committees.

            “That is our message,” Bakare said.
            """;

        var quote = Assert.Single(TestExtraction.Extract(Text).Quotes);
        Assert.Equal("Fourteen months we have waited. We have families. They say go back to work. We have had three committees. That is our message,", quote.Text);
        Assert.Equal("Tunde Bakare", quote.Speaker?.Name);
    }

    [Fact]
    public void Reads_british_single_quotation_marks_with_double_ones_nested()
    {
        const string Text = "Envoy Malia Tefaga spoke. ‘He told the room that “a levy written here will be paid everywhere”,’ Tefaga said. ‘He is wrong.’";

        var article = TestExtraction.Extract(Text);

        Assert.Equal("Malia Tefaga", article.SpeakerOf("He told the room"));
        Assert.Equal("Malia Tefaga", article.SpeakerOf("He is wrong"));
    }

    [Fact]
    public void Gives_a_nested_quote_to_the_person_it_is_quoted_from()
    {
        const string Text = "Envoy Malia Tefaga and delegate Omar Haddad met. “Mr Haddad told the room that ‘a levy written here will be paid everywhere’, and he was wrong,” Tefaga said.";

        var article = TestExtraction.Extract(Text);

        Assert.Equal("Omar Haddad", article.SpeakerOf("a levy written here"));
        Assert.Equal("Malia Tefaga", article.SpeakerOf("Mr Haddad told"));
    }

    [Fact]
    public void A_straight_mark_inside_a_curly_quote_belongs_to_the_quote()
    {
        var quote = Assert.Single(TestExtraction.Extract("“The screen was 27\" wide and read \"error\",” technician Ola Berg said.").Quotes);

        Assert.Equal("The screen was 27\" wide and read \"error\",", quote.Text);
        Assert.Equal("Ola Berg", quote.Speaker?.Name);
    }

    [Fact]
    public void Leaves_out_titles_of_works_and_keeps_single_word_scare_quotes_as_fragments()
    {
        var article = TestExtraction.Extract("The group published a report titled “Charting a Fair Course to Net Zero” and called the plan “reckless”.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("reckless", quote.Text);
        Assert.Equal(QuoteForm.Fragment, quote.Form);
    }

    [Fact]
    public void Marks_words_quoted_inside_the_writers_sentence_as_a_fragment()
    {
        var article = TestExtraction.Extract("Minister Lars Eklund said the troops were now “holding the line at every crossing” after the storm.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(QuoteForm.Fragment, quote.Form);
        Assert.Equal("Lars Eklund", quote.Speaker?.Name);
    }

    [Fact]
    public void Offsets_point_into_the_article_text()
    {
        var article = TestExtraction.Extract("Headline Of The Day\n\nIntro line.\n\n“We are ready,” Chief Ola Ade said.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(quote.Text, article.Text.Substring(quote.Start, quote.Text.Length));
    }
}
