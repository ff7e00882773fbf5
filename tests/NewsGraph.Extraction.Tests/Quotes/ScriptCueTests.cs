namespace NewsGraph.Extraction.Tests.Quotes;

/// <summary>Broadcast scripts: a bracketed cue names whoever speaks in the clip printed under it.</summary>
public class ScriptCueTests
{
    private const string Script = "HARBOUR FM NEWSROOM\n\nLate bulletin, Friday 4 April 2025\n\n" +
        "ANCHOR (VO): The bridge at Kestrel Point reopened today. The council's engineer, Marcus Feeney, said the work finished early.\n\n" +
        "[CLIP 1 — Marcus Feeney, in English, 0'12\"]\n\n" +
        "\"We had good weather and a very good crew, and that is all the secret there is.\"\n\n" +
        "ANCHOR (VO): Shop owner Yvonne Castellanos was relieved.\n\n" +
        "[SOT: Yvonne Castellanos, shop owner]\n\n" +
        "\"Three months of detours nearly finished us. People just stopped coming.\"\n\n" +
        "ANCHOR (VO): Drivers we spoke to were less kind about the tolls: \"We pay twice for the same road and nobody asks us.\"";

    [Theory]
    [InlineData("We had good weather", "Marcus Feeney")]
    [InlineData("Three months of detours", "Yvonne Castellanos")]
    public void A_clip_under_a_cue_is_the_words_of_the_person_the_cue_names(string quote, string speaker)
    {
        Assert.Equal(speaker, TestExtraction.Extract(Script).SpeakerOf(quote));
    }

    [Fact]
    public void A_cue_names_the_speaker_of_its_clip_only()
    {
        Assert.NotEqual("Yvonne Castellanos", TestExtraction.Extract(Script).SpeakerOf("We pay twice"));
    }

    [Fact]
    public void A_person_named_only_in_a_cue_is_one_of_the_article_s_people_and_speaks_the_clip()
    {
        const string Text = "ANCHOR (VO): Forecasters expect a dry weekend across the valley.\n\n" +
            "[CLIP 4 — Henrike Vasquez-Ormond, duty forecaster at Valley Weather Service, in English, 0'08\"]\n" +
            "\"The front is moving east and away from us, so you can leave the umbrellas at home this time.\"";

        var extraction = TestExtraction.Extract(Text);

        Assert.Contains(extraction.People, p => p.Name == "Henrike Vasquez-Ormond");
        Assert.Equal("Henrike Vasquez-Ormond", extraction.SpeakerOf("The front is moving"));
    }
}
