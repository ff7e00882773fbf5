namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>A company named once by its registered name (with its legal form) and after that by its first word.</summary>
public class RegisteredCompanyNameTests
{
    [Fact]
    public void The_first_word_of_a_registered_name_is_the_same_company()
    {
        const string Text = "LISBON (Wire) — The freighter, chartered by Lumen Ferreira Navegação, S.A., lost power off the coast.\n\n" +
            "Lumen said: \"Every member of the crew has been accounted for and is safe.\"";

        var extraction = TestExtraction.Extract(Text);

        var company = Assert.Single(extraction.Organizations, o => o.Name.StartsWith("Lumen", StringComparison.Ordinal));
        Assert.Equal("Lumen Ferreira Navegação, S.A.", company.Name);
        Assert.Contains("Lumen", company.Aliases);
        Assert.Equal("Lumen Ferreira Navegação, S.A.", extraction.SpeakerOf("Every member of the crew"));
    }

    [Fact]
    public void An_icelandic_company_form_ends_the_name()
    {
        const string Text = "Shares in Breiðvík Fiskeldi hf. fell sharply in Reykjavík on Monday after the pens were damaged in a storm.\n\n" +
            "Breiðvík said the damage was \"limited to two of the outer pens at the site\".";

        var extraction = TestExtraction.Extract(Text);

        var company = Assert.Single(extraction.Organizations, o => o.Name.StartsWith("Breiðvík", StringComparison.Ordinal));
        Assert.Equal("Breiðvík Fiskeldi hf", company.Name.TrimEnd('.'));
        Assert.DoesNotContain(extraction.People, p => p.Name.StartsWith("Breiðvík", StringComparison.Ordinal));
    }
}
