namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>Malay names join a given name to the father's with "bin" (son of) or "binti" / "binte" (daughter of).</summary>
public class MalayPatronymTests
{
    [Theory]
    [InlineData("The chief judge, Zulaikha binti Rahman, said the appeal would be heard in March.", "Zulaikha binti Rahman")]
    [InlineData("Court registrar Siti Hajar binte Osman said the files had been sealed on Tuesday.", "Siti Hajar binte Osman")]
    public void A_daughter_of_is_part_of_the_name(string text, string name)
    {
        Assert.Contains(TestExtraction.Extract(text).People, p => p.Name == name);
    }

    [Fact]
    public void A_quote_is_credited_to_the_whole_name()
    {
        const string Text = "The match was stopped for twenty minutes on Sunday.\n\n" +
            "The referee, Zulaikha binti Rahman of Malaysia, said the decision \"stands under the rules of the competition\".";

        Assert.Equal("Zulaikha binti Rahman", TestExtraction.Extract(Text).SpeakerOf("stands under the rules"));
    }
}
