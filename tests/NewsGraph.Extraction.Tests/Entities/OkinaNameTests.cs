namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>Polynesian names written with the ʻokina, which comes before the capital letter of a word.</summary>
public class OkinaNameTests
{
    [Theory]
    [InlineData("The ranger Keoni ʻAkana said the trail would stay closed until the rockfall was cleared.", "Keoni ʻAkana")]
    [InlineData("ʻIolani Mahoe, who runs the harbour cafe, said the boats were late again on Sunday.", "ʻIolani Mahoe")]
    public void A_word_that_opens_with_an_okina_before_its_capital_is_part_of_a_name(string text, string name)
    {
        Assert.Contains(TestExtraction.Extract(text).People, p => p.Name == name);
    }

    [Fact]
    public void A_quote_is_credited_to_a_speaker_whose_name_opens_with_an_okina()
    {
        const string Text = "Relief workers reached the outer island on Friday.\n\n" +
            "“We walked from house to house all day and every tank we opened was full of salt,” said ʻOfa Lolohea, a district nurse.";

        Assert.Equal("ʻOfa Lolohea", TestExtraction.Extract(Text).SpeakerOf("We walked from house"));
    }
}
