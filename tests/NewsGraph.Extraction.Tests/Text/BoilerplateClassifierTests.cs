using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Text;

public class BoilerplateClassifierTests
{
    private static readonly BoilerplateClassifier Classifier = new(Gazetteer.Default);

    private static ParagraphKind KindOf(ArticleLayout layout, string start) =>
        layout.Paragraphs.Single(p => p.Text.StartsWith(start, StringComparison.Ordinal)).Kind;

    [Fact]
    public void Drops_navigation_and_takes_the_headline_before_the_story()
    {
        var layout = Classifier.Classify(["Menu", "Share", "close", "Storm floods harbour district as river bursts its banks", "Published March 3, 2025", "Water rose two metres overnight."]);

        Assert.Equal("Storm floods harbour district as river bursts its banks", layout.Title);
        Assert.Equal(new DateOnly(2025, 3, 3), layout.PublishedAt);
        Assert.DoesNotContain(layout.Paragraphs, p => p.Text is "Menu" or "Share" or "close");
        Assert.Equal(ParagraphKind.Body, KindOf(layout, "Water rose"));
    }

    [Fact]
    public void Has_no_title_when_the_story_starts_at_once()
    {
        var layout = Classifier.Classify(["Water rose two metres overnight.", "Rescue Teams Move In", "Boats reached the area."]);

        Assert.Null(layout.Title);
        Assert.Equal(ParagraphKind.Heading, KindOf(layout, "Rescue Teams"));
    }

    [Theory]
    [InlineData("Harbour master: ‘Every pier is under water’")]
    [InlineData("“We will rebuild the sea wall”, says council leader")]
    public void A_short_line_ending_in_a_quote_with_no_sentence_end_is_a_heading(string line)
    {
        var layout = Classifier.Classify(["Water rose two metres overnight.", line, "Boats reached the area."]);

        Assert.Equal(ParagraphKind.Heading, KindOf(layout, line[..6]));
    }

    [Theory]
    [InlineData("The harbour master said: ‘Every pier is under water.’")]
    [InlineData("The harbour master said every pier was ‘under water’, and that boats should stay in port until the wind drops below gale force on Friday or Saturday, or later in the week if the forecast is wrong about the storm’")]
    public void A_quote_that_ends_a_sentence_or_a_long_line_stays_story(string line)
    {
        var layout = Classifier.Classify(["Water rose two metres overnight.", line, "Boats reached the area."]);

        Assert.Equal(ParagraphKind.Body, KindOf(layout, line[..6]));
    }

    [Theory]
    [InlineData("Residents wade through water in the old town on Monday. Jane Doe/Reuters")]
    [InlineData("A soldier checks a phone near the border. AFP via Getty Images")]
    [InlineData("The mayor visits the site in 2024. AP")]
    [InlineData("Delegates at the talks on Wednesday. Photograph: Harriet Vale/AFP via Getty Images")]
    public void Recognises_captions_by_their_photo_credit(string line)
    {
        var layout = Classifier.Classify(["The story begins here.", line]);

        Assert.Equal(ParagraphKind.Caption, KindOf(layout, line[..10]));
    }

    [Fact]
    public void A_sentence_ending_with_an_agency_name_is_not_a_caption()
    {
        var layout = Classifier.Classify(["The ship sank on Monday, the crew told Reuters."]);

        Assert.Equal(ParagraphKind.Body, layout.Paragraphs[0].Kind);
    }

    [Fact]
    public void Keeps_the_outlet_and_credits_that_notices_reveal()
    {
        var layout = Classifier.Classify(["The story.", "This article includes reporting from The Associated Press", "© 2025 Harbour Tribune. All rights reserved."]);

        Assert.Equal("Harbour Tribune", layout.Outlet);
        Assert.Contains(layout.Credits, c => c.Contains("Associated Press", StringComparison.Ordinal));
        Assert.Equal(ParagraphKind.Notice, KindOf(layout, "©"));
    }

    [Theory]
    [InlineData("Interview by Selin Aydemir-Koch")]
    [InlineData("By Selin Aydemir-Koch")]
    [InlineData("**By Selin Aydemir-Koch** \u00B7 *Thursday 19 March 2026*")]
    [InlineData("By Selin Aydemir-Koch \u00B7 Wednesday, December 3, 2025")]
    [InlineData("Text: Selin Aydemir-Koch | Photo: Bo Lindgren")]
    [InlineData("Presenter: Selin Aydemir-Koch")]
    [InlineData("Selin Aydemir-Koch, Banking Correspondent")]
    public void Reads_a_byline_that_names_the_kind_of_piece(string line)
    {
        var layout = Classifier.Classify(["Talks stall", line, "The story."]);

        Assert.Equal(ParagraphKind.Byline, KindOf(layout, line));
    }

    [Theory]
    [InlineData("Selin Aydemir-Koch, the bank's chief economist")]
    [InlineData("Prices rose again, Selin Aydemir-Koch said")]
    public void A_name_with_a_role_in_a_sentence_is_no_byline(string line)
    {
        var layout = Classifier.Classify(["Talks stall", line, "The story."]);

        Assert.NotEqual(ParagraphKind.Byline, KindOf(layout, line));
    }

    [Fact]
    public void A_byline_keeps_the_writer_not_the_venue_filed_from()
    {
        var layout = Classifier.Classify(["Talks stall", "By Selin Aydemir-Koch at Hampden Park", "The story."]);

        Assert.Equal("By Selin Aydemir-Koch", layout.Paragraphs.Single(p => p.Kind == ParagraphKind.Byline).Text);
    }

    [Theory]
    [InlineData("By Selin Aydemir-Koch in Gaziantep \u00B7 Updated 22:05 TRT", "By Selin Aydemir-Koch in Gaziantep")]
    [InlineData("By Selin Aydemir-Koch, ringside in Gaziantep | Monday", "By Selin Aydemir-Koch, ringside in Gaziantep")]
    public void A_byline_keeps_the_town_filed_from_without_what_follows_a_separator(string line, string kept)
    {
        var layout = Classifier.Classify(["Talks stall", line, "The story."]);

        Assert.Equal(kept, layout.Paragraphs.Single(p => p.Kind == ParagraphKind.Byline).Text);
    }

    [Fact]
    public void A_with_files_from_credit_is_a_notice()
    {
        var layout = Classifier.Classify(["The story.", "With files from Selin Aydemir-Koch"]);

        Assert.Equal(ParagraphKind.Notice, KindOf(layout, "With files"));
    }

    [Theory]
    [InlineData("© Harbour Tribune 2024")]
    [InlineData("© Harbour Tribune 2019-2024. All rights reserved.")]
    [InlineData("Copyright Harbour Tribune 2024, all rights reserved")]
    [InlineData("(c) 2024 Harbour Tribune")]
    public void Reads_the_outlet_of_a_copyright_notice_wherever_its_year_stands(string notice)
    {
        var layout = Classifier.Classify(["The story.", notice]);

        Assert.Equal("Harbour Tribune", layout.Outlet);
    }

    [Theory]
    [InlineData("© 2025 Harbour Tribune B.V. All rights reserved.", "Harbour Tribune B.V.")]
    [InlineData("Copyright 2025 Harbour Tribune S.A., Lisbon", "Harbour Tribune S.A.")]
    [InlineData("© 2025 Harbour Tribune Co., Ltd.", "Harbour Tribune Co., Ltd.")]
    [InlineData("© 2025 Harbour Tribune. Printed in Malta.", "Harbour Tribune")]
    public void A_copyright_notice_keeps_the_dotted_legal_form_of_its_owner(string notice, string outlet)
    {
        var layout = Classifier.Classify(["The story.", notice]);

        Assert.Equal(outlet, layout.Outlet);
    }

    [Fact]
    public void Reads_the_outlet_of_a_republication_notice()
    {
        var layout = Classifier.Classify(["The story.", "All content created by the Riverside News Cooperative, an independent newswire, is available to any publisher."]);

        Assert.Equal("Riverside News Cooperative", layout.Outlet);
    }

    [Fact]
    public void Reads_outlet_and_date_from_a_masthead_line()
    {
        var layout = Classifier.Classify(["NORTHERN LEDGER · Environment", "Broadcast March 5, 2025 · Eko Bay FM", "The story."]);

        Assert.Equal("Northern Ledger", layout.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 5), layout.PublishedAt);
    }

    [Fact]
    public void A_section_line_names_no_outlet()
    {
        var layout = Classifier.Classify(["BUSINESS | MARITIME", "The story."]);

        Assert.Null(layout.Outlet);
        Assert.Null(layout.Title);
    }

    [Fact]
    public void Takes_the_outlet_of_a_wire_dateline_and_keeps_bylines()
    {
        var layout = Classifier.Classify(["By DOMINIC HALE", "BRUSSELS (AP) — Ministers met on Monday."]);

        Assert.Equal("Associated Press", layout.Outlet);
        Assert.Equal(ParagraphKind.Byline, KindOf(layout, "By DOMINIC"));
    }

    [Theory]
    [InlineData("LUSAKA, Zambia (AP) — The reservoir is low.")]
    [InlineData("SAN JUAN, Puerto Rico (AP) — The storm passed.")]
    [InlineData("ATHENS, Ga. (AP) — The vote was close.")]
    [InlineData("NAIROBI, Kenya, March 3 (AP) - The rain stopped.")]
    public void Takes_the_outlet_of_a_dateline_that_names_the_country_or_state(string line)
    {
        Assert.Equal("Associated Press", Classifier.Classify(["Headline", line]).Outlet);
    }

    [Fact]
    public void Never_guesses_a_date_from_the_story()
    {
        var layout = Classifier.Classify(["Earlier today, on November 5, the minister spoke.", "The vote is due on March 3, 2026."]);

        Assert.Null(layout.PublishedAt);
    }

    [Theory]
    [InlineData("RELATED", "\u2022 Brackwater Island ferry cancelled again")]
    [InlineData("More from the Valley Ledger", "- Who is Odile Fenwick? Five things to know")]
    [InlineData("READ MORE:", "\u203A Tide tables for Brackwater Island")]
    public void Links_listed_under_a_related_heading_are_no_story(string heading, string link)
    {
        var layout = Classifier.Classify(["Water rose two metres overnight.", heading, link, "\u2014 Second link to another story", "\u00A9 2026 Valley Ledger Ltd"]);

        Assert.DoesNotContain(layout.Paragraphs, p => p.Kind == ParagraphKind.Body && p.Text != "Water rose two metres overnight.");
        Assert.Equal("Valley Ledger Ltd", layout.Outlet);
    }

    [Fact]
    public void A_bulleted_list_in_the_story_stays_story()
    {
        var layout = Classifier.Classify(["The council listed three changes:", "- Bins will be collected weekly", "- Parking will be free on Sundays"]);

        Assert.Contains(layout.Paragraphs, p => p.Text.StartsWith("- Bins", StringComparison.Ordinal));
        Assert.Contains(layout.Paragraphs, p => p.Text.StartsWith("- Parking", StringComparison.Ordinal));
    }
}
