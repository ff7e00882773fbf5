namespace NewsGraph.Extraction.Tests.Quotes;

public class UnknownPosterTests
{
    [Fact]
    public void A_post_nobody_is_named_for_is_an_unnamed_source_not_its_platform()
    {
        const string Text = "Lake rumour spreads\n\nBy the afternoon a Facebook post claiming that the lake was \"poisoned all the way to the sea\" had been shared ten thousand times.";

        Assert.StartsWith("anonymous: a Facebook post", TestExtraction.Extract(Text).SpeakerOf("poisoned all the way"));
    }

    [Fact]
    public void A_post_relayed_in_a_reporters_question_is_the_posters_and_the_question_the_reporters()
    {
        const string Text = "Mine spill briefing\n\nKarin Holm, a reporter for the Valley Weekly, held up her phone. " +
            "\"A post shared twenty thousand times says 'the lake is poisoned all the way to the sea, the fish are dying.' Is any of that true?\"";

        var extraction = TestExtraction.Extract(Text);

        Assert.Equal("Karin Holm", extraction.SpeakerOf("A post shared"));
        Assert.StartsWith("anonymous:", extraction.SpeakerOf("the lake is poisoned"));
    }

    [Theory]
    [InlineData("And somebody who just signs himself Harbour Rovers Fan 7 says, ")]
    [InlineData("A source close to Ingrid Solheim said: ")]
    public void A_name_inside_an_unnamed_sources_description_does_not_speak(string lead)
    {
        var text = "Rovers in turmoil\n\nIngrid Solheim scored twice for Harbour Rovers on Saturday.\n\n" + lead + "\"Eleven replays and they still got the decision wrong.\"";

        Assert.StartsWith("anonymous:", TestExtraction.Extract(text).SpeakerOf("Eleven replays"));
    }

    /// <remarks>Guards the narrow description of a post: "a statement rejecting posts" is no unnamed poster.</remarks>
    [Fact]
    public void Posts_a_statement_rejects_are_not_its_source()
    {
        const string Text = "Dam is safe\n\nThe Tana Power Company has issued a statement rejecting posts circulating online that claim the dam has burst.\n\n" +
            "\"The dam is intact and operating within safe limits,\" the statement reads.";

        Assert.Equal("Tana Power Company", TestExtraction.Extract(Text).SpeakerOf("The dam is intact"));
    }
}
