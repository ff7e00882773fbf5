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

    [Fact]
    public void A_coined_company_name_before_of_and_a_city_is_the_company_and_its_home()
    {
        var extraction = TestExtraction.Extract("The round was led by Tamarisk Capital of Abu Dhabi, which took a minority stake.");

        Assert.Contains(extraction.Organizations, o => o.Name == "Tamarisk Capital");
        Assert.Contains(extraction.Places, p => p.Name == "Abu Dhabi");
    }

    [Fact]
    public void A_bank_named_for_its_country_keeps_the_country_in_its_name()
    {
        var extraction = TestExtraction.Extract("Deposits at the Commercial Bank of Kenya rose by a fifth in the year to June.");

        Assert.Contains(extraction.Organizations, o => o.Name == "Commercial Bank of Kenya");
    }

    [Fact]
    public void A_dotted_legal_form_ends_the_name_before_the_next_sentence()
    {
        var extraction = TestExtraction.Extract("The archive belongs to Tideway Media Ltd. All rights to the recordings are reserved.");

        Assert.Contains(extraction.Organizations, o => o.Name == "Tideway Media Ltd.");
        Assert.DoesNotContain(extraction.People, p => p.Name.Contains("All", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Printed by Tideway Press, Lda., Rua do Carmo, Porto.")]
    [InlineData("She lives on Rua Nova da Estrela with her sister.")]
    public void A_street_named_noun_first_is_no_person(string text)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Empty(extraction.People);
    }
}
