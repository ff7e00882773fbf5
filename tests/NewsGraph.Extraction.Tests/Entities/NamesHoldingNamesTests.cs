namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>Names that hold other names: a place or a platform inside an organization's name is no entity of its own.</summary>
public class NamesHoldingNamesTests
{
    [Theory]
    [InlineData("ACCRA, June 3 (Wire) - The Bank of Ghana held its policy rate at 27 percent on Wednesday.", "Bank of Ghana", "Ghana")]
    [InlineData("Rafaela Mendes, an adviser to the Bank of Portugal, said the rise was temporary.", "Bank of Portugal", "Portugal")]
    public void A_bank_of_a_country_is_one_organization(string text, string bank, string country)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(extraction.Organizations, o => o.Name == bank);
        Assert.DoesNotContain(extraction.Places, p => p.Name == country);
    }

    [Theory]
    [InlineData("A letter to the Aberdeen Signal last week asked why the ferry was late.", "Aberdeen Signal")]
    [InlineData("Harstad Telegram reported on Friday that the ferry had run aground off Senja.", "Harstad Telegram")]
    public void A_name_ending_in_a_platform_word_is_not_the_platform(string text, string name)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(extraction.Organizations, o => o.Name == name);
        Assert.DoesNotContain(extraction.Organizations, o => o.Name is "Signal" or "Telegram");
    }

    [Theory]
    [InlineData("WASHINGTON (Wire) - The Senate Committee on Foreign Relations will hear the nominee on Tuesday.", "Senate Committee on Foreign Relations")]
    [InlineData("Mwajuma Said, who chairs the Commission on Human Rights, said the report was late.", "Commission on Human Rights")]
    [InlineData("COMMITTEES THIS WEEK\n\nThe Joint Committee on Fisheries and the ministry will meet in Galway.", "Joint Committee on Fisheries")]
    public void A_body_on_a_subject_is_one_organization(string text, string body)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(extraction.Organizations, o => o.Name == body);
        Assert.DoesNotContain(extraction.Organizations, o => o.Name.StartsWith(body + " ", StringComparison.Ordinal));
    }
}
