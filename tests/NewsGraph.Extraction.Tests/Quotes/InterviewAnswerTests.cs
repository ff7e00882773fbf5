namespace NewsGraph.Extraction.Tests.Quotes;

public class InterviewAnswerTests
{
    [Fact]
    public void A_quote_in_an_answer_line_is_the_interviewees_whom_the_introduction_names()
    {
        const string Text = "Ingrid Solvang has kept the Skarvik light for thirty years. She answered our questions by phone from the island.\n\n"
            + "Q: Your neighbour says you know every wave by name. Is that true?\n\n"
            + "A: \"Nobody knows the sea that well, and anyone who says so will drown in it one day,\" I told him.";

        Assert.Equal("Ingrid Solvang", TestExtraction.Extract(Text).SpeakerOf("Nobody knows the sea"));
    }

    [Fact]
    public void In_testimony_the_witness_answers_and_the_answer_carries_on_over_its_next_paragraph()
    {
        const string Text = "Testimony of Oluwaseun Adebayo-Martins, harbour pilot, before the inquiry on 4 May.\n\n"
            + "Question: Where were you when the tug lost power?\n\n"
            + "Answer: On the bridge wing, with the master.\n\n"
            + "Question: What did you do then?\n\n"
            + "Answer: I ran for the phone and called the harbour office.\n\n"
            + "\"I have never seen a tow part that fast in twenty years on the river,\" I said to the mate afterwards.";

        Assert.Equal("Oluwaseun Adebayo-Martins", TestExtraction.Extract(Text).SpeakerOf("I have never seen a tow"));
    }

    [Fact]
    public void Words_an_answer_quotes_that_call_the_interviewee_by_name_are_whoever_the_answer_says_spoke_them()
    {
        const string Text = "Ngozi Adeyemi-Clarke spent three months on a trawler for her new film. She talked to us in Lagos.\n\n"
            + "Q: Was anyone against the project?\n\n"
            + "A: At one point a producer, I will not say which one, told me across his desk, \"Nobody will ever pay for a film about fish, Ngozi. Give me a thriller.\" "
            + "I said, \"Fish are thrillers, if you wait long enough.\"";
        var extraction = TestExtraction.Extract(Text);

        Assert.Equal("anonymous: a producer", extraction.SpeakerOf("Nobody will ever pay"));
        Assert.Equal("Ngozi Adeyemi-Clarke", extraction.SpeakerOf("Fish are thrillers"));
    }

    [Fact]
    public void In_a_radio_transcript_a_turns_quote_calling_the_holder_by_name_is_not_the_holders()
    {
        const string Text = "MORNING REPORT — transcript\n\n"
            + "[00:01:02] HOST: Aroha Wiremu was on the ridge when the fire turned. Aroha, what happened?\n\n"
            + "[00:01:15] AROHA WIREMU: The wind swung round in a minute. Then a firefighter, I never got her name, grabbed my arm and said, "
            + "\"Aroha, get off the ridge now, the whole slope is going!\" So I ran. \"I have never run so fast in my life,\" I told my sister that night.";
        var extraction = TestExtraction.Extract(Text);

        Assert.Equal("anonymous: a firefighter", extraction.SpeakerOf("Aroha, get off the ridge"));
        Assert.Equal("Aroha Wiremu", extraction.SpeakerOf("I have never run so fast"));
    }
}
