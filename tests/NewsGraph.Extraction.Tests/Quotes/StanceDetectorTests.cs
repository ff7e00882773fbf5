using NewsGraph.Extraction.Quotes;

namespace NewsGraph.Extraction.Tests.Quotes;

public class StanceDetectorTests
{
    [Theory]
    [InlineData("I can't confirm any of those reports", "", Stance.CannotConfirm)]
    [InlineData("We have no evidence of that", "", Stance.CannotConfirm)]
    [InlineData("Nothing works", "saying he could not confirm the reports", Stance.CannotConfirm)]
    [InlineData("That is completely false", "", Stance.Disputes)]
    [InlineData("Nothing works", "the ministry denied the report", Stance.Disputes)]
    [InlineData("Well put", "Backing him up, the analyst replied in agreement", Stance.Supports)]
    public void Reads_the_stance_from_the_quote_or_its_frame(string quote, string frame, Stance expected)
    {
        Assert.Equal(expected, StanceDetector.Detect(quote, frame));
    }

    [Fact]
    public void Finds_no_stance_in_an_ordinary_statement()
    {
        Assert.Null(StanceDetector.Detect("We will rebuild the bridge by May", "the mayor said"));
    }
}
