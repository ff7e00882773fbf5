namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>Constituencies and other places named by a head noun after them.</summary>
public class ElectoralPlaceTests
{
    [Theory]
    [InlineData("The question was put by Aroha Ngata, a member for the Lakeland Constituency, on Tuesday.", "Lakeland Constituency")]
    [InlineData("Trawlers sheltered in the Skarvik Fjords for three days during the storm.", "Skarvik Fjords")]
    public void A_constituency_or_fjords_head_makes_a_place(string text, string name)
    {
        Assert.Contains(TestExtraction.Extract(text).Places, p => p.Name == name);
    }
}
