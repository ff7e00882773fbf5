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
    [InlineData("MOMBASA, Kenya (Wire) - Speaking to Osaka Rugby Channel, the winger said the pitch was \"like glue\".", "Osaka Rugby Channel", "Osaka")]
    [InlineData("Last week she wrote in the Marseille Evening Ledger that the port would shrink.", "Marseille Evening Ledger", "Marseille")]
    [InlineData("The Pune Business Daily reported on Monday that the plant would close.", "Pune Business Daily", "Pune")]
    [InlineData("Tanaka Rei told reporters from the Kobe Sports Shimbun that he would retire.", "Kobe Sports Shimbun", "Kobe")]
    [InlineData("\"The water came in an hour,\" the farmer told Radio Bamako.", "Radio Bamako", "Bamako")]
    public void An_outlet_named_after_a_place_is_one_outlet_and_no_place(string text, string outlet, string place)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(extraction.Organizations, o => o.Name == outlet);
        Assert.DoesNotContain(extraction.Places, p => p.Name == place);
    }

    [Fact]
    public void A_name_given_as_an_outlet_is_that_outlet_where_it_stands_alone()
    {
        var extraction = TestExtraction.Extract(
            "\"We signed him in good faith,\" the club's president told the Czech daily Hlas Brna.\n\n" +
            "Asked by Hlas Brna whether he regretted the move, the player said: \"Only the way it ended.\"");

        Assert.Contains(extraction.Organizations, o => o.Name == "Hlas Brna");
        Assert.DoesNotContain(extraction.People, p => p.Name == "Hlas Brna");
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
