namespace NewsGraph.Extraction.Tests.Quotes;

public class TurnLabelTests
{
    private const string Opening = "Morning Call: the harbour strike\n\nPresenter: Nadia Karimi. Guest: Tomas Lindqvist, union secretary.\n\n";

    [Fact]
    public void A_turn_label_is_not_the_subject_of_an_unnamed_source_inside_the_turn()
    {
        const string Text = Opening + "NADIA KARIMI: Good morning.\n\n" +
            "TOMAS LINDQVIST: I was at the gate on Tuesday and a fisherman who had worked there forty years said to me, \"You will be gone in five years and we will still be here.\"";

        Assert.StartsWith("anonymous:", TestExtraction.Extract(Text).SpeakerOf("You will be gone"));
    }

    [Fact]
    public void A_turn_label_is_not_the_subject_of_a_relative_inside_the_turn()
    {
        const string Text = Opening + "TOMAS LINDQVIST: Thank you.\n\n" +
            "NADIA KARIMI: The family said in a statement yesterday, \"We can never thank the volunteers enough.\" Anything to add?";

        Assert.NotEqual("Nadia Karimi", TestExtraction.Extract(Text).SpeakerOf("We can never thank"));
    }

    [Theory]
    [InlineData("a lady, she must have been ninety,")]
    [InlineData("a fisherman, he had fished there for forty years,")]
    public void An_unnamed_source_before_an_aside_is_the_subject_not_the_pronoun_in_the_aside(string subject)
    {
        var text = Opening + "NADIA KARIMI: Good morning. Yesterday Helga Sorensen called the strike reckless.\n\n" +
            "TOMAS LINDQVIST: I was at the gate on Tuesday and " + subject + " said to me, \"You will be gone in five years and we will still be here.\"";

        Assert.StartsWith("anonymous:", TestExtraction.Extract(text).SpeakerOf("You will be gone"));
    }
}
