namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>Forms of organization names: a plural possessive inside the name, nouns of trade that end company names.</summary>
public class OrganizationNameFormTests
{
    [Theory]
    [InlineData("Brenna Tulloch, who chairs the Shetland Fish Growers' Federation, said the cages were checked weekly.", "Shetland Fish Growers' Federation")]
    [InlineData("The Harbour Porters' Union voted on Tuesday to end the strike after a week.", "Harbour Porters' Union")]
    public void A_plural_possessive_before_an_organization_noun_is_part_of_the_name(string text, string name)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(extraction.Organizations, o => o.Name.Replace("\u2019", "'", StringComparison.Ordinal) == name);
    }

    [Theory]
    [InlineData("Transfers were frozen after the outage at Tesfa Digital, the app's only partner in Ethiopia, on Friday.", "Tesfa Digital")]
    [InlineData("Customers of Orrin Payments waited four days for their money to arrive.", "Orrin Payments")]
    public void Digital_and_payments_end_company_names(string text, string name)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(extraction.Organizations, o => o.Name == name);
        Assert.DoesNotContain(extraction.People, p => p.Name == name);
    }
}
