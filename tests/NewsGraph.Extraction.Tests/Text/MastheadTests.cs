using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Text;

/// <summary>The outlet's own name as its page prints it above the story, and the owners its notices name.</summary>
public class MastheadTests
{
    private static readonly BoilerplateClassifier Classifier = new(Gazetteer.Default);

    [Theory]
    [InlineData("THE GLENMOOR COURIER", "The Glenmoor Courier")]
    [InlineData("KYSTPOSTEN \u00B7 English edition", "Kystposten")]
    [InlineData("RADIO TIDE 98.4 FM \u2014 NEWSROOM", "Radio Tide 98.4 FM")]
    [InlineData("TOWN COUNCIL OF BRAEMORE (Fife)", "Town Council of Braemore")]
    [InlineData("HARROW WATCH!  \u00B7  SPORT  \u00B7  Monday 8 June 2026", "Harrow Watch")]
    [InlineData("LANTERN HILL", "Lantern Hill")]
    public void A_first_line_in_capitals_is_the_masthead(string masthead, string outlet)
    {
        var layout = Classifier.Classify([masthead, "News | Local", "Ferry service resumes after three-week strike", "The ferry left at dawn."]);

        Assert.Equal(outlet, layout.Outlet);
        Assert.Equal("Ferry service resumes after three-week strike", layout.Title);
    }

    [Theory]
    [InlineData("PRESS RELEASE")]
    [InlineData("BUSINESS | MARITIME")]
    [InlineData("PORTO (Wire) \u2014 The ferry sailed at dawn.")]
    public void A_label_or_a_section_in_capitals_is_no_masthead(string line)
    {
        var layout = Classifier.Classify([line, "Ferry service resumes after three-week strike", "The ferry left at dawn."]);

        Assert.Null(layout.Outlet);
    }

    [Fact]
    public void A_masthead_names_the_outlet_before_the_company_in_its_copyright_line()
    {
        var layout = Classifier.Classify(["GLENMOOR COURIER", "Ferry service resumes after three-week strike", "The ferry left at dawn.", "\u00A9 2026 Tideway Media Group. All rights reserved."]);

        Assert.Equal("Glenmoor Courier", layout.Outlet);
        Assert.Equal(["Tideway Media Group"], layout.Owners);
    }

    [Theory]
    [InlineData("Vistrand Posten \u2014 English Edition", "Vistrand Posten")]
    [InlineData("Dagblad Noord English", "Dagblad Noord")]
    [InlineData("The Tideline \u2014 a weekly newsletter on fisheries and the people in them", "The Tideline")]
    [InlineData("Bench Notes \u2014 a podcast about small courts, with Ana Ruiz", "Bench Notes")]
    public void An_edition_line_or_a_tagline_above_the_story_names_the_outlet(string line, string outlet)
    {
        var layout = Classifier.Classify(["Ferry service resumes after three-week strike", "4 March 2026", line, "The ferry left at dawn."]);

        Assert.Equal(outlet, layout.Outlet);
    }

    [Theory]
    [InlineData("\u00A9 2026 Harbour Daily / Tidewater Media Oy", new[] { "Harbour Daily", "Tidewater Media Oy" })]
    [InlineData("\u00A9 Voz da Serra \u2014 Edi\u00E7\u00F5es Serranas, Lda. Todos os direitos reservados.", new[] { "Voz da Serra", "Edi\u00E7\u00F5es Serranas, Lda." })]
    public void A_copyright_line_may_name_a_title_and_its_publisher(string notice, string[] owners)
    {
        var layout = Classifier.Classify(["The ferry left at dawn.", notice]);

        Assert.Equal(owners, layout.Owners);
        Assert.Equal(owners[0], layout.Outlet);
    }

    [Fact]
    public void The_masthead_and_the_publisher_are_both_organizations_of_the_article()
    {
        var extraction = TestExtraction.Extract("THE GLENMOOR COURIER\nNews \u00B7 Ferries\n\nFerry service resumes after strike\n\nThe ferry left at dawn on Monday.\n\n\u00A9 2026 Tideway Media Group. All rights reserved.\n");

        Assert.Equal("The Glenmoor Courier", extraction.Metadata.Outlet);
        Assert.Contains(extraction.Organizations, o => o.Name == "The Glenmoor Courier");
        Assert.Contains(extraction.Organizations, o => o.Name == "Tideway Media Group");
    }
}
