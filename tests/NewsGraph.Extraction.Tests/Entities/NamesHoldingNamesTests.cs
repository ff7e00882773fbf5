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

    [Theory]
    [InlineData("For thirty years she sang in the choir at St. Mary's Anglican Church in Lunenburg.", "St. Mary's Anglican Church")]
    [InlineData("He trained as a nurse at St Thomas' Hospital before moving to Accra.", "St Thomas' Hospital")]
    public void A_saints_body_is_one_organization(string text, string body)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(extraction.Organizations, o => o.Name.Replace("\u2019", "'", StringComparison.Ordinal) == body);
    }

    [Fact]
    public void A_mount_written_short_is_one_place()
    {
        var extraction = TestExtraction.Extract("Snow fell on Mt. Elgon overnight, the Uganda Wildlife Authority said.");

        Assert.Contains(extraction.Places, p => p.Name == "Mt. Elgon");
        Assert.DoesNotContain(extraction.Places, p => p.Name is "Mt." or "Elgon");
    }

    [Fact]
    public void A_name_ending_in_junior_does_not_run_on_into_the_next_sentence()
    {
        var extraction = TestExtraction.Extract("The prize went to Tomás Ferreira Jr. The jury met for six hours in Porto.");

        Assert.Contains(extraction.People, p => p.Name == "Tomás Ferreira");
        Assert.DoesNotContain(extraction.People, p => p.Name.Contains("The", StringComparison.Ordinal));
    }
}
