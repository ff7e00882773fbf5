namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>An outlet no list knows, named as the channel someone spoke or wrote through ("told the Harbour Ledger").</summary>
public class OutletChannelTests
{
    [Theory]
    [InlineData("\"We will not sell the ground,\" the club's chairman told the Kestrel Valley Ledger on Monday.", "Kestrel Valley Ledger")]
    [InlineData("Speaking to the Morning Lantern, the mayor said the bridge would reopen in May.", "Morning Lantern")]
    [InlineData("In an interview with the Sunday Almanac, the novelist said she writes at night.", "Sunday Almanac")]
    [InlineData("The plan was first reported by the Coastal Bulletin last week.", "Coastal Bulletin")]
    [InlineData("Last month she wrote in the Weekend Ledger that the rules were unfair.", "Weekend Ledger")]
    [InlineData("WELLINGTON (Wire) - \"It was a fair result,\" the captain told Coastline Sport after the match.", "Coastline Sport")]
    public void A_name_after_a_channel_word_is_an_outlet(string text, string outlet)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(extraction.Organizations, o => o.Name == outlet);
        Assert.DoesNotContain(extraction.People, p => p.Name == outlet);
    }

    [Theory]
    [InlineData("\"I was there all night,\" she told Maria Lopes, a neighbour.", "Maria Lopes")]
    [InlineData("Speaking to Tomas Eriksen on Friday, the coach said the squad was tired.", "Tomas Eriksen")]
    public void A_person_told_something_stays_a_person(string text, string person)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.DoesNotContain(extraction.Organizations, o => o.Name == person);
    }
}
