namespace NewsGraph.Extraction.Tests.Quotes;

/// <summary>A name on a line of its own, alone or with a role, heads its speaker's turn until another heading or a labelled turn.</summary>
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

    private const string FlashInterviews = "Harbour Cup final: what they said\n\n" +
        "Rovers beat United 2-1 in the Harbour Cup final on Sunday. Tomasz Wilk scored the winner and Ayodele Bankole was furious with the referee.\n\n" +
        "Ayodele Bankole, United coach\n\n" +
        "Bankole did not stop to shake hands.\n\n" +
        "“We were robbed in the last minute and everybody in the ground saw it.”\n\n" +
        "Tomasz Wilk — Rovers striker\n\n" +
        "“I just closed my eyes and hit it as hard as I could.”\n\n" +
        "Kwame Asante-Boadu, Rovers goalkeeper, captain\n\n" +
        "The goalkeeper was still in his kit.\n\n" +
        "“Nobody gave us a chance in September and look at us now.”";

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

    [Theory]
    [InlineData("We were robbed", "Ayodele Bankole")]
    [InlineData("I just closed my eyes", "Tomasz Wilk")]
    [InlineData("Nobody gave us a chance", "Kwame Asante-Boadu")]
    public void A_section_headed_by_a_name_and_a_role_is_that_persons_turn(string quote, string speaker)
    {
        Assert.Equal(speaker, TestExtraction.Extract(FlashInterviews).SpeakerOf(quote));
    }

    [Fact]
    public void A_speaker_heading_names_its_person_and_nothing_of_the_role()
    {
        var extraction = TestExtraction.Extract(FlashInterviews);

        Assert.Contains(extraction.People, p => p.Name == "Kwame Asante-Boadu");
        Assert.DoesNotContain(extraction.People, p => p.Name.Contains("goalkeeper", StringComparison.OrdinalIgnoreCase));
    }

    private const string DerbyFlash = "Derby day: what they said\n\n" +
        "Ferro beat Ana Lima's Portuários 3-1 in the derby. Mateo Quispe scored twice and Rafael Gómez was sent off.\n\n" +
        "Halina Wrzesińska, Ferro coach\n\n" +
        "The Ferro coach smiled for the first time all season.\n\n" +
        "“We played the game we trained all week for, and the boys deserved every goal of it.”\n\n" +
        "Asked whether the title was now possible, she said: “Ask me again in April, when the snow has gone.”\n\n" +
        "On the red card: “Rafael is a good boy. He will learn from this one and come back stronger.”";

    [Fact]
    public void She_under_a_heading_of_a_name_and_a_role_is_that_person_as_the_writer_reports_her()
    {
        Assert.Equal("Halina Wrzesińska", TestExtraction.Extract(DerbyFlash).SpeakerOf("Ask me again in April"));
    }

    [Fact]
    public void A_lead_in_of_lower_case_words_and_a_colon_is_no_turn_label_and_keeps_the_heading_s_turn()
    {
        Assert.Equal("Halina Wrzesińska", TestExtraction.Extract(DerbyFlash).SpeakerOf("Rafael is a good boy"));
    }
}
