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
    public void A_given_name_before_a_plural_surname_is_still_a_person(string text, string person)
    {
        Assert.Contains(TestExtraction.Extract(text).People, p => p.Name == person);
    }

    [Fact]
    public void A_place_ending_in_a_plural_feature_is_no_team()
    {
        Assert.DoesNotContain(TestExtraction.Extract("Boats left for the Marrow Islands at dawn.").Organizations, o => o.Name == "Marrow Islands");
    }
}
