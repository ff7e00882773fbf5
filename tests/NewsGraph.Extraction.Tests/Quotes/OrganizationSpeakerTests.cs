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
}
