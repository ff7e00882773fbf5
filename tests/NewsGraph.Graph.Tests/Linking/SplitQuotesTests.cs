using NewsGraph.Extraction;
using NewsGraph.Graph.Linking;
using static NewsGraph.Graph.Tests.Linking.Occurrences;

namespace NewsGraph.Graph.Tests.Linking;

public class SplitQuotesTests
{
    private static readonly SpeakerRef Okonjo = new("Amara Okonjo", SpeakerKind.Person);
    private static readonly SpeakerRef Lindqvist = new("Sven Lindqvist", SpeakerKind.Person);

    private const string First = "We will reopen the bridge on Friday,";
    private const string Second = "Until then, use the ferry.";
    private const string LongGap = "The council met again in the evening. The council met again in the evening. The council met again in the evening. The council met again in the evening. The council met again in the evening.";

    [Theory]
    // The halves of a split quote, as a wire story prints them: one run.
    [InlineData("\"{0}\" Okonjo told reporters on Thursday. \"{1}\"", false, QuoteForm.Full, 0)]
    // A quote taken up again after a few words of a transcript's host: one run.
    [InlineData("Transcript excerpt: \"{0}\" And then, after a pause: \"{1}\"", false, QuoteForm.Full, 0)]
    // A new paragraph: a run of its own.
    [InlineData("\"{0}\" Okonjo said.\n\n\"{1}\"", false, QuoteForm.Full, 1)]
    // Another speaker answering in the same paragraph: a run of its own.
    [InlineData("\"{0}\" Okonjo said. \"{1}\" Lindqvist replied.", true, QuoteForm.Full, 1)]
    // A fragment inside the writer's paraphrase: no piece of the run.
    [InlineData("\"{0}\" Okonjo said, urging drivers \"{1}\"", false, QuoteForm.Fragment, 1)]
    // Far apart in a long paragraph: a run of its own.
    [InlineData("\"{0}\" Okonjo said. " + LongGap + " \"{1}\"", false, QuoteForm.Full, 1)]
    public void A_quote_continues_the_run_of_the_one_before_only_when_a_paragraph_quotes_one_speaker_piece_by_piece(
        string layout, bool otherSpeaker, QuoteForm secondForm, int secondRun)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, layout, First, Second);
        var article = Written(text, Quote(Okonjo, First), Quote(secondForm, otherSpeaker ? Lindqvist : Okonjo, Second));

        Assert.Equal([0, secondRun], SplitQuotes.Runs(article));
    }
}
