namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>The town in capitals that opens a story before a dash is where it was filed from, a place.</summary>
public class DatelinePlaceTests
{
    [Theory]
    [InlineData("CARDIFF, March 4 (Wire) - The lender cut its rates on Tuesday.", "Cardiff")]
    [InlineData("KARVOLA, Finland (Wire) \u2014 The mill closed on Tuesday.", "Karvola")]
    [InlineData("KARVOLA \u2014 The mill closed on Tuesday.", "Karvola")]
    public void A_town_in_capitals_before_the_dash_of_a_dateline_is_a_place(string paragraph, string place)
    {
        var article = TestExtraction.Extract("Mill closes\n\n" + paragraph);

        Assert.Contains(article.Places, p => p.Name == place);
    }

    [Theory]
    [InlineData("BREAKING \u2014 The mill closed on Tuesday.")]
    [InlineData("KARVOLA (through an interpreter) \u2014 We closed the mill on Tuesday.")]
    public void Capitals_that_open_no_dateline_are_no_place(string paragraph)
    {
        Assert.Empty(TestExtraction.Extract("Mill closes\n\n" + paragraph).Places);
    }
}
