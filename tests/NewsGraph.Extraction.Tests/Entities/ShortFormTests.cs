namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>
/// A later short form of a name is the person named in full earlier: a courtesy title before the given name, a
/// Japanese or Korean suffix after a part of the name, initials for a patronymic or given name.
/// </summary>
public class ShortFormTests
{
    [Theory]
    [InlineData("Pak Bambang Sutopo", "Pak Bambang", "Bambang Sutopo")]
    [InlineData("Bu Ratna Kusumawati", "Bu Ratna", "Ratna Kusumawati")]
    [InlineData("Dona Graça Mendes Tavares", "Dona Graça", "Graça Mendes Tavares")]
    [InlineData("Ato Tesfaye Bekele Alemu", "Ato Tesfaye", "Tesfaye Bekele Alemu")]
    [InlineData("Haji Abdul Rahman Yusof", "Haji Abdul Rahman", "Abdul Rahman Yusof")]
    [InlineData("Sato Kenji", "Sato-san", "Sato Kenji")]
    [InlineData("Kim Ji-won", "Ji-won-ssi", "Kim Ji-won")]
    [InlineData("Park Seo-yeon", "Park-ssi", "Park Seo-yeon")]
    [InlineData("Batbayaryn Oyunchimeg", "B. Oyunchimeg", "Batbayaryn Oyunchimeg")]
    [InlineData("Chinedu Okafor", "C. Okafor", "Chinedu Okafor")]
    public void A_later_short_form_is_the_person_named_in_full(string introduced, string later, string person)
    {
        var extraction = TestExtraction.Extract(
            $"Flood waters reach the market\n\nBy Staff Reporter\n\n{introduced}, who has traded in the market for years, watched the water rise.\n\n"
            + $"\"We moved the stock to the roof before midnight,\" {later} said on Tuesday.");

        Assert.Equal(person, extraction.SpeakerOf("We moved the stock"));
        Assert.Equal([person], extraction.People.Select(p => p.Name));
    }
}
