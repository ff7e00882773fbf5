namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>Sports teams and clubs named as a place or word plus a plural noun ("Harbour Falcons").</summary>
public class TeamNameTests
{
    private const string Report = "The Harbour Falcons beat Westmoor on Saturday, while Kestrel Valley Otters lost again.\n\n" +
        "Riverside Eagles coach Tomas Hedlund said the result was deserved.";

    [Theory]
    [InlineData("Harbour Falcons")]
    [InlineData("Kestrel Valley Otters")]
    [InlineData("Riverside Eagles")]
    public void A_name_ending_in_a_plural_noun_is_a_team_not_a_person(string team)
    {
        var extraction = TestExtraction.Extract(Report);

        Assert.Contains(extraction.Organizations, o => o.Name == team);
        Assert.DoesNotContain(extraction.People, p => p.Name == team);
    }

    [Theory]
    [InlineData("Novelist Garth Brooks said the book was finished.", "Garth Brooks")]
    [InlineData("The head of the panel, Helen Banks, said it would meet again.", "Helen Banks")]
    [InlineData("The harbour master, Rui Manuel Andrade Fortes, said the rock was on every chart.", "Rui Manuel Andrade Fortes")]
    public void A_given_name_before_a_plural_surname_is_still_a_person(string text, string person)
    {
        Assert.Contains(TestExtraction.Extract(text).People, p => p.Name == person);
    }

    [Fact]
    public void A_place_ending_in_a_plural_feature_is_no_team()
    {
        Assert.DoesNotContain(TestExtraction.Extract("Boats left for the Marrow Islands at dawn.").Organizations, o => o.Name == "Marrow Islands");
    }

    [Fact]
    public void A_saint_before_a_given_name_still_opens_a_team()
    {
        var extraction = TestExtraction.Extract("The San Antonio Spurs lost at home on Friday, their fifth defeat in a row.");

        Assert.DoesNotContain(extraction.People, p => p.Name == "San Antonio Spurs");
    }

    [Fact]
    public void A_double_surname_ending_in_a_plural_noun_is_the_person_it_ends()
    {
        var extraction = TestExtraction.Extract(
            "Harbour master disputes captain's account\n\nBy Staff Reporter\n\nMINDELO - The harbour master, Rui Manuel Andrade Fortes, "
            + "rejected the captain's account on Sunday.\n\n\"That rock has been on every chart of this coast since 1974,\" Andrade Fortes said.");

        Assert.Equal("Rui Manuel Andrade Fortes", extraction.SpeakerOf("That rock has been"));
        Assert.Contains(extraction.People, p => p.Name == "Rui Manuel Andrade Fortes" && p.Aliases.Contains("Andrade Fortes"));
        Assert.DoesNotContain(extraction.Organizations, o => o.Name == "Andrade Fortes");
    }

    [Theory]
    [InlineData("The striker left TuS Brenndorf in March after two seasons on the bench.", "TuS Brenndorf")]
    [InlineData("The defender signed for KS Morzyce Dolne, a third-division side, on Monday.", "KS Morzyce Dolne")]
    [InlineData("Wire report: FK Dravinja beat the champions 2-0 in the last round.", "FK Dravinja")]
    public void A_club_abbreviation_opening_a_name_makes_it_a_club(string text, string club)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(extraction.Organizations, o => o.Name == club);
        Assert.DoesNotContain(extraction.People, p => p.Name == club);
    }

    [Fact]
    public void A_club_keeps_its_ordinal_and_its_founding_year()
    {
        var extraction = TestExtraction.Extract("Visitors 1. FC Harbach 09 lost 2-1 after a late penalty.");

        Assert.Contains(extraction.Organizations, o => o.Name == "1. FC Harbach 09");
    }

    [Theory]
    [InlineData("MIAMI (Wire) - Inter Miami signed the midfielder on a two-year deal, the club said.", "Inter Miami", "Miami")]
    [InlineData("In a friendly in Bilbao, Real Sociedad and Sporting Braga drew 1-1.", "Real Sociedad", "Sociedad")]
    public void A_club_opening_with_a_club_word_is_a_team_with_no_place_in_it(string text, string team, string inner)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(extraction.Organizations, o => o.Name == team);
        Assert.DoesNotContain(extraction.People, p => p.Name == inner);
        Assert.DoesNotContain(extraction.Organizations, o => o.Name == inner);
    }
}
