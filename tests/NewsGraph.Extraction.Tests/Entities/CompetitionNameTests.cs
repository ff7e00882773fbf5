namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>Competitions and events are neither organizations nor people, whatever noun their name ends in.</summary>
public class CompetitionNameTests
{
    [Theory]
    [InlineData("The Harbour Cities League final drew 40,000 people to the stadium.", "Harbour Cities League")]
    [InlineData("Ticket sales for the Eastern Shore Women's League semi-final doubled this week.", "Eastern Shore Women's League")]
    public void A_competition_is_no_organization(string text, string competition)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.DoesNotContain(extraction.Organizations, o => o.Name == competition);
        Assert.DoesNotContain(extraction.People, p => p.Name == competition);
    }

    [Fact]
    public void A_person_whose_surname_is_a_competition_noun_stays_a_person()
    {
        var extraction = TestExtraction.Extract("\"We trained for this all winter,\" said Helen Masters, the team's coach.");

        Assert.Contains(extraction.People, p => p.Name == "Helen Masters");
    }

    [Fact]
    public void A_league_named_as_a_body_stays_an_organization()
    {
        var extraction = TestExtraction.Extract("The Northern Rugby League said in a statement that the match would be replayed.");

        Assert.Contains(extraction.Organizations, o => o.Name == "Northern Rugby League");
    }
}
