namespace NewsGraph.Extraction.Tests.Quotes;

/// <summary>Quotes inside the labelled turns of transcripts, press conferences and podcasts.</summary>
public class TranscriptTurnTests
{
    private const string Opening = "Harbour strike: the union answers\n\nBroadcast 4 March 2026 · Coastline FM\n\n" +
        "Presenter Nadia Karimi speaks to union secretary Tomas Lindqvist.\n\n";

    [Theory]
    [InlineData("NADIA KARIMI: Good morning. You told reporters on Monday, \"The gates stay shut until the port talks to us.\" Do you still mean that?")]
    [InlineData("NADIA KARIMI: Good morning. As you said on Monday, \"The gates stay shut until the port talks to us.\" Do you still mean that?")]
    public void Words_the_host_says_the_guest_said_are_the_guests(string hostTurn)
    {
        var text = Opening + hostTurn + "\n\nTOMAS LINDQVIST: I do, every word of it.";

        Assert.Equal("Tomas Lindqvist", TestExtraction.Extract(text).SpeakerOf("The gates stay shut"));
    }

    [Fact]
    public void A_question_put_to_the_host_is_answered_by_the_guest_before_it()
    {
        const string Text = Opening + "TOMAS LINDQVIST: Can I ask you something first?\n\n" +
            "NADIA KARIMI: Go on. But you told me off air, \"Nobody loads a ship while we are outside the gate.\"";

        Assert.Equal("Tomas Lindqvist", TestExtraction.Extract(Text).SpeakerOf("Nobody loads a ship"));
    }

    [Fact]
    public void She_in_a_turn_is_not_the_one_who_holds_the_floor()
    {
        const string Text = "Ports minister under pressure\n\nBroadcast 4 March 2026\n\n" +
            "Guest: union secretary Tomas Lindqvist. Presenter: Nadia Karimi.\n\n" +
            "NADIA KARIMI: Minister Helga Sorensen says the offer is generous.\n\n" +
            "TOMAS LINDQVIST: I have heard her say so. She told us again on Friday, \"The offer is fair and it is final.\" It is neither.";

        Assert.Equal("Helga Sorensen", TestExtraction.Extract(Text).SpeakerOf("The offer is fair"));
    }

    [Theory]
    [InlineData("ANA RUIZ (through an interpreter): ")]
    [InlineData("[00:12:31] ANA RUIZ: ")]
    [InlineData("AR: ")]
    public void A_labelled_turn_gives_its_quotes_to_the_speaker_the_label_names(string label)
    {
        var text = "Post-match press conference\n\nSunday 13 September 2026 · Main press room\n\n" +
            "Coach Ana Ruiz and captain Marta Vidal answered questions after the final.\n\n" +
            "MODERATOR: Good evening. First question.\n\n" +
            "Q: What did you tell the team at half-time?\n\n" +
            label + "We were tired at half-time. But I told them what I always tell them: \"Play the next ball, never the last one.\" Then we scored twice.";

        Assert.Equal("Ana Ruiz", TestExtraction.Extract(text).SpeakerOf("Play the next ball"));
    }

    [Fact]
    public void A_questioner_named_in_brackets_after_the_label_holds_the_floor()
    {
        const string Text = "Post-match press conference\n\nSunday 13 September 2026 · Main press room\n\n" +
            "Coach Ana Ruiz answered questions from Pedro Almeida and others.\n\n" +
            "Q. (Pedro Almeida, Sport Diario): Congratulations, coach. To put it bluntly: \"Was the penalty ever a penalty at all?\"\n\n" +
            "ANA RUIZ: Yes.";

        Assert.Equal("Pedro Almeida", TestExtraction.Extract(Text).SpeakerOf("Was the penalty"));
    }

    [Fact]
    public void A_turn_carries_on_over_paragraphs_without_a_label()
    {
        const string Text = Opening + "NADIA KARIMI: What happens next?\n\n" +
            "TOMAS LINDQVIST: We meet the members on Thursday.\n\n" +
            "And I wrote to the board last night, in plain words: \"We are ready to talk, not to surrender.\"\n\n" +
            "NADIA KARIMI: Thank you.";

        Assert.Equal("Tomas Lindqvist", TestExtraction.Extract(Text).SpeakerOf("We are ready to talk"));
    }

    [Fact]
    public void He_is_never_a_family_that_spoke_before()
    {
        const string Text = "Morning show: the lost hikers\n\nBroadcast 4 March 2026 · Coastline FM\n\n" +
            "NADIA KARIMI: Jonas Berg, eleven, and his sister were found on Sunday. Their mother Ingrid Berg is with us. The family" +
            " said in a statement yesterday, \"We will never be able to thank the searchers enough.\" Anything to add?\n\n" +
            "INGRID BERG: Only that I keep thinking about what Jonas told the paramedic. He said, \"I knew Mum would send everyone out.\"";

        Assert.Equal("Jonas Berg", TestExtraction.Extract(Text).SpeakerOf("I knew Mum"));
    }

    [Fact]
    public void In_a_podcast_turn_words_the_holder_says_a_relative_used_to_say_are_the_relatives()
    {
        const string Text = "REEF TALK, episode 12 — transcript\n\n"
            + "[00:02:01] HOST: Leilani Kahale has dived the outer reef for thirty years. Leilani, who taught you?\n\n"
            + "[00:02:09] LEILANI KAHALE: Nobody taught me, really. My grandfather used to say, \"The reef remembers everyone who takes from it,\" and he was right. "
            + "\"I still dive before dawn, every day I can,\" I tell people.";
        var extraction = TestExtraction.Extract(Text);

        Assert.StartsWith("anonymous: ", extraction.SpeakerOf("The reef remembers"), StringComparison.Ordinal);
        Assert.Equal("Leilani Kahale", extraction.SpeakerOf("I still dive before dawn"));
    }
}
