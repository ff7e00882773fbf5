namespace NewsGraph.Extraction.Tests.Quotes;

public class PossessiveRemarkTests
{
    [Theory]
    [InlineData("A passage about fuel costs has been clarified at the request of Marguerite Olsen, the finance director. Her remark that \"fuel is already getting cheaper again\" referred only to diesel.", "Marguerite Olsen")]
    [InlineData("Pieter Vance chairs the island council. His claim that \"every winter route loses money\" was not disputed.", "Pieter Vance")]
    public void A_remark_owned_by_a_pronoun_is_the_words_of_whoever_the_pronoun_means(string text, string speaker)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Equal(speaker, extraction.Quotes.Single().Speaker?.Display);
    }
}
