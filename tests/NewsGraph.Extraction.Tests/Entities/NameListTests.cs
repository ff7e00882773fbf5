namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>Names that hold a comma and "and" ("Department for Energy, Water and Rural Affairs") or a lower-case particle ("de los").</summary>
public class NameListTests
{
    [Theory]
    [InlineData("An official at the Department for Energy, Water and Rural Affairs said the scheme would close.", "Department for Energy, Water and Rural Affairs")]
    [InlineData("The grant came from the National Science, Technology and Innovation Agency, the report says.", "National Science, Technology and Innovation Agency")]
    [InlineData("Officials of the Ministry of Trade, Industry, and Consumer Affairs declined to comment.", "Ministry of Trade, Industry, and Consumer Affairs")]
    public void A_list_inside_an_organization_name_stays_in_it(string text, string organization)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(extraction.Organizations, o => o.Name == organization);
    }

    [Fact]
    public void A_list_of_bodies_is_not_joined_into_one()
    {
        var extraction = TestExtraction.Extract("Staff from the Ministry of Health, Red Cross and Fire Service were at the scene.");

        Assert.DoesNotContain(extraction.Organizations, o => o.Name.Contains("Health, Red Cross", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_before_a_comma_does_not_run_into_the_list()
    {
        var extraction = TestExtraction.Extract("\"The books balance,\" said Anna Berg, Finance and Audit Committee chair, on Tuesday.");

        Assert.Contains(extraction.People, p => p.Name == "Anna Berg");
    }

    [Theory]
    [InlineData("MANILA (Wire) - Councillor Maria Luisa de los Santos said the road would be raised.", "Maria Luisa de los Santos")]
    [InlineData("\"Wir bleiben,\" said Friedrich zu Altenstein, the estate's owner.", "Friedrich zu Altenstein")]
    public void A_lower_case_particle_stays_inside_a_person_name(string text, string person)
    {
        Assert.Contains(TestExtraction.Extract(text).People, p => p.Name == person);
    }
}
