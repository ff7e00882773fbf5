namespace NewsGraph.Extraction.Tests.Quotes;

public class OwnedWordsTests
{
    [Theory]
    [InlineData("Port director Tomasz Wieczorek rejected the claim on Tuesday. His statement read: \"Every figure has been published in the annual report.\"", "Tomasz Wieczorek")]
    [InlineData("Councillor Adaeze Okonkwo-Bello did not back down. Her reply when the figures came out was \"I will believe the numbers when I see the invoices.\"", "Adaeze Okonkwo-Bello")]
    [InlineData("The mayor, Kenji Watanabe, kept out of the row. His words at the council meeting were \"let the auditors decide who is right here\".", "Kenji Watanabe")]
    public void Words_a_pronoun_owns_before_a_verb_that_is_no_verb_of_speech_are_the_owners(string text, string speaker)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Equal(speaker, extraction.Quotes.Single().Speaker?.Display);
    }

    [Theory]
    [InlineData("PRAGUE, March 3 (Wire) - Transport minister Radek Horáček defended the timetable. \"No line will close before the consultation ends,\" his written statement said.", "Radek Horáček")]
    public void Words_a_name_or_pronoun_owns_are_the_owners_not_the_channels(string text, string speaker)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Equal(speaker, extraction.Quotes.Single().Speaker?.Display);
    }

    [Fact]
    public void A_relative_who_owns_the_words_is_their_speaker_not_the_pronoun()
    {
        var extraction = TestExtraction.Extract(
            "Rosa Mamani stayed ashore when the flood came; her husband, Amaru Quispe, was at sea. Her husband's text message read: \"Take the children up to the school and wait for me.\"");

        Assert.Equal("Amaru Quispe", extraction.Quotes.Single().Speaker?.Display);
    }
}
