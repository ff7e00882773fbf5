namespace NewsGraph.Extraction.Tests.Quotes;

/// <summary>Trial reports: testimony given to "the witness", counsel's objections and questions, the judge's ruling.</summary>
public class CourtReportTests
{
    [Theory]
    [InlineData("Tomasz Wierzbicki, 52, a Polish national who worked at the docks for a decade, was testifying on the second day of the trial of Gareth Pryce.")]
    [InlineData("Tomasz Wierzbicki gave evidence on Monday in the trial of Gareth Pryce.")]
    public void The_witness_is_the_person_the_report_says_testified(string introduction)
    {
        var text = introduction + "\n\n\"Because nobody wanted to hear it from a foreigner,\" the witness told the court.";

        Assert.Equal("Tomasz Wierzbicki", TestExtraction.Extract(text).SpeakerOf("Because nobody wanted"));
    }

    [Fact]
    public void Counsel_who_asks_the_witness_a_question_is_not_introduced_as_the_witness()
    {
        const string Text = "Tomasz Wierzbicki testified on Monday in the trial of Gareth Pryce.\n\n" +
            "Counsel for Pryce, Helen Marsh, asked the witness why he had waited four years.\n\n" +
            "\"Because nobody wanted to hear it from a foreigner,\" the witness told the court.";

        Assert.Equal("Tomasz Wierzbicki", TestExtraction.Extract(Text).SpeakerOf("Because nobody wanted"));
    }

    [Fact]
    public void A_witness_named_in_an_apposition_is_meant_rather_than_an_unnamed_witness_described_before()
    {
        const string Text = "The court heard from a prosecution witness who says Gareth Pryce paid him in cash.\n\n" +
            "Asked about the witness, former harbour pilot Tomasz Wierzbicki, the defence said little.\n\n" +
            "\"I have nothing to gain from coming here today,\" the witness said.";

        Assert.Equal("Tomasz Wierzbicki", TestExtraction.Extract(Text).SpeakerOf("I have nothing to gain"));
    }

    [Fact]
    public void An_objection_is_counsels_words_and_the_judges_ruling_after_but_is_the_judges()
    {
        const string Text = "Tomasz Wierzbicki gave evidence on Monday in the trial of Gareth Pryce.\n\n" +
            "Defence counsel Helen Marsh objected that the witness was \"guessing at what he could not see from the quay\", " +
            "but Judge Alan Royce allowed the question, saying it went \"to the core of the prosecution case\".";

        var extraction = TestExtraction.Extract(Text);

        Assert.Equal("Helen Marsh", extraction.SpeakerOf("guessing at what"));
        Assert.Equal("Alan Royce", extraction.SpeakerOf("to the core"));
    }

    [Fact]
    public void The_prosecutor_who_asks_is_not_who_answers()
    {
        const string Text = "Tomasz Wierzbicki testified on Monday in the trial of Gareth Pryce.\n\n" +
            "\"I counted the crates myself, every one of them,\" he told the court.\n\n" +
            "Asked by prosecutor Dafydd Lloyd what he did next, he said he went home and \"did not tell anyone, not even my wife, for a year.\"";

        Assert.Equal("Tomasz Wierzbicki", TestExtraction.Extract(Text).SpeakerOf("did not tell anyone"));
    }

    [Fact]
    public void A_person_named_only_as_an_owner_in_the_question_is_not_who_answers()
    {
        const string Text = "Opposition councillor Piet Rademeyer posted the video on Sunday. \"I have sources and I stand by my sources,\" he said.\n\n" +
            "Asked whether he had raised the matter with Johan Botha's lawyers, he said: \"That is their business, not mine.\"";

        Assert.Equal("Piet Rademeyer", TestExtraction.Extract(Text).SpeakerOf("That is their business"));
    }

    [Fact]
    public void A_name_in_the_apposition_of_the_subject_does_not_speak()
    {
        const string Text = "The trial of builder Tan Boon Hock continued on Thursday.\n\n" +
            "Daniel Tan Wei Ming, son of co-accused Datuk Tan Boon Hock, told the Island Herald that his family did not need \"lectures from politicians of any party\".";

        Assert.Equal("Daniel Tan Wei Ming", TestExtraction.Extract(Text).SpeakerOf("lectures from politicians"));
    }

    [Fact]
    public void He_after_the_witness_said_is_the_witness()
    {
        const string Text = "Tomasz Wierzbicki was testifying on the second day of the trial of Gareth Pryce. He said he never saw Pryce take the money.\n\n" +
            "The witness, who now lives in Gdansk, said he had kept a logbook in which he wrote \"three tankers, no papers, midnight again\" that night.";

        Assert.Equal("Tomasz Wierzbicki", TestExtraction.Extract(Text).SpeakerOf("three tankers"));
    }

    [Fact]
    public void A_person_named_in_a_relative_clause_is_not_whom_the_next_he_means()
    {
        const string Text = "Tomasz Wierzbicki gave evidence on Monday in the trial of Gareth Pryce.\n\n" +
            "Peter Walsh, who represents Martin Cole, declined to comment on the video. In court, his challenge was of another kind: " +
            "he objected that the witness was \"guessing at what he could not see from the quay\".";

        Assert.Equal("Peter Walsh", TestExtraction.Extract(Text).SpeakerOf("guessing at what"));
    }

    [Fact]
    public void A_headline_quoting_words_the_witness_relays_is_credited_to_whom_the_witness_quotes()
    {
        const string Text = "\u2018Pay the harbourmaster first\u2019: pilot tells court of cash in a sports bag\n\n" +
            "A former harbour pilot told the court on Monday that he carried cash for the accused.\n\n" +
            "\"Mr Pryce said to me, \u2018Pay the harbourmaster first, before the ship docks,\u2019 and he gave me a sports bag,\" Tomasz Wierzbicki said.";

        var extraction = TestExtraction.Extract(Text);

        Assert.Equal("Pryce", extraction.Quotes.Single(q => q.Text == "Pay the harbourmaster first").Speaker?.Display);
    }

    [Fact]
    public void The_judge_is_the_person_the_report_titled_justice()
    {
        const string Text = "Justice Margaret Doyle adjourned the fraud trial of Ruairi Nolan until Monday.\n\n" +
            "The judge told the jury: \"You must put out of your minds anything you have read in the newspapers about this case.\"";

        Assert.Equal("Margaret Doyle", TestExtraction.Extract(Text).SpeakerOf("You must put out"));
    }

    [Fact]
    public void A_kind_of_person_owned_by_the_one_named_is_an_unnamed_source_not_the_owner()
    {
        const string Text = "Shipping agent Ruairi Nolan denies all charges.\n\n" +
            "According to testimony read out in court, Nolan's former secretary said he \"kept two sets of books in separate safes for ten years\".";

        Assert.Equal("anonymous: Nolan's former secretary", TestExtraction.Extract(Text).SpeakerOf("kept two sets"));
    }

    [Fact]
    public void Words_a_witness_says_a_relative_told_him_are_the_relatives()
    {
        const string Text = "Eamon Gallagher, the former harbourmaster, gave evidence in the fraud trial of Ruairi Nolan.\n\n" +
            "Gallagher said that his wife had warned him: \"They will blame you for everything when it goes wrong.\"";

        Assert.Equal("anonymous: his wife", TestExtraction.Extract(Text).SpeakerOf("They will blame you"));
    }
}
