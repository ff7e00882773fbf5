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

    [Fact]
    public void The_halves_of_a_split_quote_are_one_run()
    {
        var article = Written($"\"{First}\" Okonjo told reporters on Thursday. \"{Second}\"", Quote(Okonjo, First), Quote(Okonjo, Second));

        Assert.Equal([0, 0], SplitQuotes.Runs(article));
    }

    [Fact]
    public void A_quote_taken_up_again_in_the_same_paragraph_continues_the_run()
    {
        var article = Written($"Transcript excerpt: \"{Second}\" And then, after a pause: \"{First}\"", Quote(Okonjo, Second), Quote(Okonjo, First));

        Assert.Equal([0, 0], SplitQuotes.Runs(article));
    }

    [Fact]
    public void Quotes_in_different_paragraphs_are_runs_of_their_own()
    {
        var article = Written($"\"{First}\" Okonjo said.\n\n\"{Second}\"", Quote(Okonjo, First), Quote(Okonjo, Second));

        Assert.Equal([0, 1], SplitQuotes.Runs(article));
    }

    [Fact]
    public void Two_speakers_in_one_paragraph_are_runs_of_their_own()
    {
        var article = Written($"\"{First}\" Okonjo said. \"{Second}\" Lindqvist replied.", Quote(Okonjo, First), Quote(Lindqvist, Second));

        Assert.Equal([0, 1], SplitQuotes.Runs(article));
    }

    [Fact]
    public void A_fragment_in_the_same_paragraph_is_no_piece_of_the_run()
    {
        var article = Written($"\"{First}\" Okonjo said, urging drivers \"{Second}\"", Quote(Okonjo, First), Quote(QuoteForm.Fragment, Okonjo, Second));

        Assert.Equal([0, 1], SplitQuotes.Runs(article));
    }

    [Fact]
    public void Quotes_far_apart_in_a_long_paragraph_are_runs_of_their_own()
    {
        var gap = string.Join(' ', Enumerable.Repeat("The council met again in the evening.", 6));
        var article = Written($"\"{First}\" Okonjo said. {gap} \"{Second}\"", Quote(Okonjo, First), Quote(Okonjo, Second));

        Assert.Equal([0, 1], SplitQuotes.Runs(article));
    }
}
