namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>A later short form of a name (initials for a patronymic or given name) is the person named in full earlier.</summary>
public class ShortFormTests
{
    [Theory]
    [InlineData("Batbayaryn Oyunchimeg", "B. Oyunchimeg")]
    [InlineData("Chinedu Okafor", "C. Okafor")]
    public void A_name_written_with_initials_is_the_person_they_abbreviate(string introduced, string later)
    {
        var extraction = TestExtraction.Extract(
            $"Herders count their losses\n\nBy Staff Reporter\n\n{introduced}, 49, heads a cooperative of 38 families.\n\n"
            + $"\"Contracts are paper and the snow is real,\" {later} said on the phone.");

        Assert.Equal(introduced, extraction.SpeakerOf("Contracts are paper"));
        Assert.Single(extraction.People);
    }
}
