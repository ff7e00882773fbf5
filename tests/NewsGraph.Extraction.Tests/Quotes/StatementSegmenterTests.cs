using NewsGraph.Extraction.Quotes;

namespace NewsGraph.Extraction.Tests.Quotes;

public class StatementSegmenterTests
{
    [Fact]
    public void Splits_a_quote_into_its_sentences()
    {
        Assert.Equal(
            ["We are focused on the operation.", "As for the internet, ask Moscow.", "Right now our attention is elsewhere."],
            StatementSegmenter.Split("We are focused on the operation. As for the internet, ask Moscow. Right now our attention is elsewhere."));
    }

    [Fact]
    public void Keeps_a_sentence_that_draws_a_consequence_with_the_one_before()
    {
        Assert.Single(StatementSegmenter.Split("The soldiers never had access before. As a result, they are binge-watching films."));
    }

    [Fact]
    public void Keeps_a_very_short_sentence_with_its_neighbour()
    {
        Assert.Single(StatementSegmenter.Split("Not a promise. Payment is what we want from the ministry."));
    }
}
