namespace NewsGraph.Extraction.Tests.Quotes;

/// <summary>A name on a line of its own heads its speaker's turn until another heading or a labelled turn.</summary>
public class HeadedTurnTests
{
    private const string Text = "Saltmarsh Ferries third-quarter call\n\n" +
        "Speakers: Lidia Marsh, chief executive, and Tom Reyes, an analyst at Dune Capital.\n\n" +
        "Lidia Marsh\n\nThanks for joining us.\n\n" +
        "As we put it in the letter, “the boats will keep running through the winter months.” We are sure.\n\n" +
        "Tom: And what about the fuel bill this winter?\n\n" +
        "“The fuel bill is the one thing nobody here can control, and it never will be.”\n\n" +
        "Tom Reyes\n\nThank you.\n\n" +
        "As I told the board, “margins recover only when the new boats run at full speed.” We will see.";

    [Theory]
    [InlineData("the boats will keep", "Lidia Marsh")]
    [InlineData("margins recover only", "Tom Reyes")]
    public void A_quote_under_a_name_heading_is_the_words_of_that_person(string quote, string speaker)
    {
        Assert.Equal(speaker, TestExtraction.Extract(Text).SpeakerOf(quote));
    }

    [Fact]
    public void A_labelled_turn_ends_the_turn_a_heading_began()
    {
        Assert.NotEqual("Lidia Marsh", TestExtraction.Extract(Text).SpeakerOf("The fuel bill"));
    }
}
