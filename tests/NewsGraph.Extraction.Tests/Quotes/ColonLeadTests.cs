namespace NewsGraph.Extraction.Tests.Quotes;

public class ColonLeadTests
{
    [Theory]
    [InlineData("The Marrow Port Authority has issued its reply. In full: \"We will not pay for repairs the council ordered without asking us.\"", "Marrow Port Authority")]
    [InlineData("Marguerite Olsen sent a note to every member of staff. It reads: \"We will not pay for repairs the council ordered without asking us.\"", "Marguerite Olsen")]
    public void A_short_lead_and_a_colon_give_the_quote_to_whoever_the_sentence_before_opens_with(string text, string speaker)
    {
        Assert.Equal(speaker, TestExtraction.Extract(text).SpeakerOf("We will not pay"));
    }
}
