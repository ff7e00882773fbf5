namespace NewsGraph.Extraction.Tests.Quotes;

/// <summary>Organizations quoted under a description ("the fund"), a short form of their name, or after a clause about something else.</summary>
public class OrganizationSpeakerTests
{
    [Fact]
    public void The_description_nearest_the_verb_is_the_speaker_not_one_in_the_clause_before_it()
    {
        const string Text = "The Nordic Curling Federation said on Sunday that a sensor had failed. Kvist Systems, which built the sensor, disputed that.\n\n" +
            "Asked about the statement, the federation told reporters by email that it was \"reviewing the logs together with the supplier\" this week.";

        Assert.Equal("Nordic Curling Federation", TestExtraction.Extract(Text).SpeakerOf("reviewing the logs"));
    }

    [Fact]
    public void A_company_called_by_its_first_word_speaks_not_the_outlet_that_asked_it()
    {
        const string Text = "Orrin Technologies, a money-transfer app, froze transfers to Ghana on Friday. Kvist Labs runs its servers.\n\n" +
            "Orrin did not dispute the figures when asked by the Accra Chronicle on Monday, but said it would \"answer every customer in due course\".";

        var extraction = TestExtraction.Extract(Text);

        Assert.Contains("Orrin", Assert.Single(extraction.Organizations, o => o.Name == "Orrin Technologies").Aliases);
        Assert.Equal("Orrin Technologies", extraction.SpeakerOf("answer every customer"));
    }

    [Fact]
    public void The_fund_is_the_fund_named_last()
    {
        const string Text = "ABU DHABI (Wire) — Tamarisk Capital, which led the app's last funding round, is keeping its stake.\n\n" +
            "The fund said in a statement that the outage was \"a painful lesson for the whole sector\" and nothing more.";

        Assert.Equal("Tamarisk Capital", TestExtraction.Extract(Text).SpeakerOf("a painful lesson"));
    }

    [Theory]
    [InlineData("Ferry operator Nordhavn Lines cancelled every crossing on Monday.\n\nCrews worked through the night. It said the fault was \"a failure in the steering gear of one vessel\" and apologised.")]
    [InlineData("KYIV (Wire) \u2014 Nordhavn Lines cancelled every crossing on Monday. It added that \u201Ca failure in the steering gear of one vessel\u201D was to blame.")]
    public void It_opening_a_sentence_before_a_verb_of_speech_is_the_organization_named_last(string text)
    {
        Assert.Equal("Nordhavn Lines", TestExtraction.Extract(text).SpeakerOf("a failure in the steering gear"));
    }

    [Theory]
    [InlineData("Nordhavn Lines cancelled every crossing on Monday.\n\n- Tuesday: Nordhavn Lines' statement: \"The crossings will resume once the steering gear has been inspected.\"", "The crossings will resume", "Nordhavn Lines")]
    [InlineData("The Lakeside Water Authority has been under pressure since the outage.\n\nThe Lakeside Water Authority's spokesperson's email read: \u201CWe restored supply to every household within nine hours.\u201D", "We restored supply", "Lakeside Water Authority")]
    public void A_statement_an_organization_owns_opened_by_a_colon_is_its_own(string text, string quoteStart, string organization)
    {
        var speaker = TestExtraction.Extract(text).QuoteStarting(quoteStart).Speaker;

        Assert.Equal(new SpeakerRef(organization, SpeakerKind.Organization), speaker);
    }
}
