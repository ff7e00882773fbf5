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
}
