namespace NewsGraph.Extraction.Tests.Quotes;

public class PassiveAttributionTests
{
    [Theory]
    [InlineData("Clarification: the words \"Every ferry will run on time by the spring\" were spoken by Marguerite Olsen, the transport minister, and not by her deputy.")]
    [InlineData("Marguerite Olsen and Pieter Vance both spoke. \"Every ferry will run on time by the spring\" was said by Marguerite Olsen at the quay.")]
    [InlineData("The note \"Every ferry will run on time by the spring\" had been written by Marguerite Olsen herself.")]
    public void A_passive_attribution_after_the_quote_names_its_speaker(string text)
    {
        Assert.Equal("Marguerite Olsen", TestExtraction.Extract(text).SpeakerOf("Every ferry will run"));
    }
}
