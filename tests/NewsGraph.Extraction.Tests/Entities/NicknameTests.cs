namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>A nickname a clause after a person's name gives is that person's, wherever the article uses it.</summary>
public class NicknameTests
{
    [Theory]
    [InlineData("Carmen Valdivieso, whom everyone calls Menchu, cooks for the night shelter.")]
    [InlineData("Carmen Valdivieso, known to all as Menchu, cooks for the night shelter.")]
    [InlineData("Carmen Valdivieso, nicknamed Menchu, cooks for the night shelter.")]
    public void A_nickname_given_after_a_name_is_the_person_s_name_too(string introduction)
    {
        var extraction = TestExtraction.Extract(
            $"{introduction}\n\nMenchu is the one the volunteers obey. \"Nobody eats until the floor is swept,\" Menchu said.");

        Assert.Equal("Carmen Valdivieso", extraction.Quotes.Single().Speaker?.Display);
        Assert.Contains("Menchu", extraction.People.Single(p => p.Name == "Carmen Valdivieso").Aliases);
    }

    [Fact]
    public void A_person_someone_phoned_is_not_their_nickname()
    {
        var extraction = TestExtraction.Extract(
            "Carmen Valdivieso, who called Zbigniew Wrona on Monday, said the shelter was full. \"We turned away nine people,\" Wrona said.");

        Assert.Equal("Zbigniew Wrona", extraction.Quotes.Single().Speaker?.Display);
    }
}
