namespace NewsGraph.Extraction.Tests.Quotes;

/// <summary>A headline, entry title or pull quote that credits its quote to a name ("‘…’ – Okonjo", "Okonjo: ‘…’") is read as attribution.</summary>
public class HeadingCreditTests
{
    [Theory]
    [InlineData("## ‘The quay is not for sale to anyone’ – Okonjo")]
    [InlineData("## “The quay is not for sale to anyone” — Dr Adaeze Okonjo, harbour board")]
    [InlineData("## Okonjo: ‘The quay is not for sale to anyone’")]
    public void A_heading_s_quote_is_the_words_of_the_person_it_credits(string heading)
    {
        var extraction = TestExtraction.Extract(
            $"# Harbour board meets\n\n{heading}\n\nAdaeze Okonjo chairs the harbour board, which met on Monday to discuss the offer from a logistics group.\n",
            "harbour.md");

        Assert.Equal("Adaeze Okonjo", extraction.SpeakerOf("The quay is not"));
    }

    [Fact]
    public void An_entry_quoting_in_full_the_words_its_title_credits_is_the_credited_person_s()
    {
        var extraction = TestExtraction.Extract(
            """
            <html><body><article>
            <h1>Cup final – live</h1>
            <p>Chioma Nwankwo kept goal for the Harbour Queens in the final on Sunday.</p>
            <h2>&#8216;The ball never crossed the line&#8217; – Nwankwo</h2>
            <p>Speaking to the broadcaster after the whistle: &#8220;The ball never crossed the line. I watched it all the way onto the post.&#8221;</p>
            </article></body></html>
            """,
            "live.html");

        Assert.Equal("Chioma Nwankwo", extraction.SpeakerOf("The ball never crossed the line. I watched"));
    }

    [Fact]
    public void A_heading_that_names_no_one_the_article_knows_credits_no_one()
    {
        var extraction = TestExtraction.Extract(
            "# Harbour board meets\n\n## Board: ‘The quay is not for sale to anyone’\n\nAdaeze Okonjo chairs the harbour board, which met on Monday.\n",
            "harbour.md");

        Assert.Null(extraction.SpeakerOf("The quay is not"));
    }
}
