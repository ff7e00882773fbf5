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
}
