using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Text;

public class TokenizerTests
{
    private static string[] Values(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Value)];

    [Fact]
    public void Keeps_abbreviations_and_ranks_whole()
    {
        Assert.Equal(["Army", "Lt.", "Col.", "Jane", "Doe", "of", "the", "U.S.", "Army"], Values("Army Lt. Col. Jane Doe of the U.S. Army"));
    }

    [Fact]
    public void Splits_the_possessive_off_names()
    {
        var tokens = Tokenizer.Tokenize("Russia's fleet and the soldiers’ habits");

        Assert.Equal("Russia", tokens[0].Value);
        Assert.Equal(TokenKind.Possessive, tokens[1].Kind);
        Assert.Equal(TokenKind.Possessive, tokens[6].Kind);
    }

    [Fact]
    public void Keeps_apostrophes_inside_words()
    {
        Assert.Equal(["I", "can't", "say", "O'Brien", "didn’t"], Values("I can't say O'Brien didn’t"));
    }

    [Fact]
    public void Tells_a_closing_single_quote_from_a_plural_possessive()
    {
        var tokens = Tokenizer.Tokenize("virtual ‘extracurriculars’ in Russia");

        Assert.Equal(TokenKind.Quote, tokens[1].Kind);
        Assert.Equal(TokenKind.Quote, tokens[3].Kind);
    }

    [Fact]
    public void A_single_letter_after_a_preposition_is_not_an_initial()
    {
        Assert.Equal(["a", "post", "on", "X", ".", "Smith", "said"], Values("a post on X. Smith said"));
        Assert.Equal(["John", "F.", "Kennedy"], Values("John F. Kennedy"));
    }

    [Theory]
    [InlineData("a long hop from P. Ilavarasi, the home captain", "P.")]
    [InlineData("the award went to S. Muthulakshmi's sister", "S.")]
    [InlineData("a letter signed by T. N. Ramaswamy", "T.")]
    public void A_single_letter_after_a_preposition_is_an_initial_when_a_name_follows(string text, string initial)
    {
        Assert.Contains(initial, Values(text));
    }

    [Theory]
    [InlineData("she wrote on X. By Tuesday it had gone")]
    [InlineData("she wrote on X. However, it had gone")]
    public void A_single_letter_after_a_preposition_still_ends_a_sentence_before_an_opening_word(string text)
    {
        Assert.Contains(".", Values(text));
    }

    [Fact]
    public void Keeps_hyphenated_names_and_numbers_whole()
    {
        Assert.Equal(["Kim", "Jong-un", "sent", "10,000", "troops", "in", "the", "1990s"], Values("Kim Jong-un sent 10,000 troops in the 1990s"));
    }
}
