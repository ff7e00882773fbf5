namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>An ordinary word capitalised only because it opens a sentence is no part of the name after it.</summary>
public class SentenceOpeningTests
{
    [Fact]
    public void Then_before_a_company_is_not_part_of_its_name()
    {
        const string Text = "The supplier's first account held for a week. Then Halvorsen Robotics, the firm that builds the arms, " +
            "said the fault lay with the operator's own software.";

        var extraction = TestExtraction.Extract(Text);

        Assert.Contains(extraction.Organizations, o => o.Name == "Halvorsen Robotics");
        Assert.DoesNotContain(extraction.Organizations, o => o.Name.StartsWith("Then", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_word_opening_a_sentence_stays_a_title()
    {
        var extraction = TestExtraction.Extract("Deputy Minister Aino Saarinen said the bridge would reopen in May.");

        var person = Assert.Single(extraction.People);
        Assert.Equal("Aino Saarinen", person.Name);
        Assert.Contains(person.Roles, r => r.Title.Contains("Minister", StringComparison.OrdinalIgnoreCase));
    }
}
