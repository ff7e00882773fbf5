namespace NewsGraph.Extraction.Tests.Quotes;

/// <summary>A forum post opened by its author's handle is the author's: words it quotes without saying whose are the author's own.</summary>
public class PostHeaderTests
{
    private const string Thread = """
        # I'm Oluwaseun Adebayo-Clarke, a river engineer in Ibadan. Ask me anything!

        Hi all! I'm Oluwaseun Adebayo-Clarke, my colleague Ingrid Haraldsen and I built the flood model for the Ogunpa channel.

        ---

        **u/floodwatcher77** · 318 points

        Is the channel safe now? My aunt lives by the bridge.

        > **u/seun_adebayo_clarke** · 402 points
        >
        > Safer, not safe. What I tell every council meeting is "a channel is only as wide as its narrowest bridge". The bridge by your aunt is the narrow one.

        ---

        **u/dry_feet** · 97 points

        Who ran the numbers?

        > **u/ingrid_h_models** · 150 points
        >
        > I did, twice, and trust me, "the second run was worse than the first one". We are running it monthly now.
        """;

    [Theory]
    [InlineData("a channel is only as wide", "Oluwaseun Adebayo-Clarke")]
    [InlineData("the second run was worse", "Ingrid Haraldsen")]
    public void A_quote_in_a_post_that_says_no_one_s_words_is_the_author_s_whose_name_the_handle_spells(string quote, string author)
    {
        Assert.Equal(author, TestExtraction.Extract(Thread, "ama.md").SpeakerOf(quote));
    }

    [Fact]
    public void A_handle_that_spells_no_one_the_article_names_makes_no_speaker()
    {
        var extraction = TestExtraction.Extract(
            "Flood forum\n\nThe thread opened on Monday after the river rose at Ibadan.\n\nu/floodwatcher77 · 318 points\n\n" +
            "Trust me, \"the water came up to the second step of the church\" and nobody left the street.",
            "forum.txt");

        Assert.Null(extraction.SpeakerOf("the water came up"));
    }
}
