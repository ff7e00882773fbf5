namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>Courtesy titles and local offices of other languages, kept untranslated before a name, are not part of it.</summary>
public class ForeignTitleTests
{
    [Theory]
    [InlineData("\"The harbour was never this empty,\" said Signora Giulia Bracchi, who has sold fish on the quay since 1971.", "Giulia Bracchi")]
    [InlineData("At the barangay hall, Kagawad Ramon Villareal moved to buy a second pump. \"The water will not wait for the budget,\" he said.", "Ramon Villareal")]
    [InlineData("KUALA LUMPUR - Datuk Ahmad Zulkifli, the state's tourism chief, said the island would reopen in March.", "Ahmad Zulkifli")]
    [InlineData("Alhaji Sani Danjuma, who has traded cattle in the market for forty years, said prices had tripled.", "Sani Danjuma")]
    [InlineData("The village had no doctor, said Kyria Athina Stavrou, 81, from her doorstep.", "Athina Stavrou")]
    [InlineData("SURABAYA - Pak Bambang Sutopo, who has run the ferry for thirty years, said the crossing would close.", "Bambang Sutopo")]
    [InlineData("Haji Abdul Rahman Yusof, the mosque's treasurer, said the roof would be mended by Friday.", "Abdul Rahman Yusof")]
    [InlineData("PRAIA - Dona Graça Mendes Tavares sells bread at the quay every morning before six.", "Graça Mendes Tavares")]
    [InlineData("KUALA LUMPUR - Datuk Seri Lim Wei Ming, the state's chief minister, said the bridge would reopen in March.", "Lim Wei Ming")]
    [InlineData("JAKARTA - Ibu Sri Rahayu Lestari, who runs a food stall by the river, said the water came at night.", "Sri Rahayu Lestari")]
    [InlineData("JAKARTA - Sri Rahayu Lestari, the finance minister, said the budget would be revised.", "Sri Rahayu Lestari")]
    [InlineData("ADDIS ABABA - Ato Tesfaye Bekele Alemu, a coffee exporter, said the new rules would cost him buyers.", "Tesfaye Bekele Alemu")]
    public void A_foreign_title_before_a_name_is_not_part_of_the_name(string text, string person)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(person, extraction.People.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Pak Bambang Sutopo", "Pak Bambang")]
    [InlineData("Bu Ratna Kusumawati", "Bu Ratna")]
    [InlineData("Dona Graça Mendes Tavares", "Dona Graça")]
    [InlineData("Ato Tesfaye Bekele Alemu", "Ato Tesfaye")]
    [InlineData("Haji Abdul Rahman Yusof", "Haji Abdul Rahman")]
    public void An_honorific_before_the_given_name_refers_back_to_the_full_name(string introduced, string later)
    {
        var extraction = TestExtraction.Extract(
            $"Flood waters reach the market\n\nBy Staff Reporter\n\n{introduced}, who has traded in the market for years, watched the water rise.\n\n"
            + $"\"We moved the stock to the roof before midnight,\" {later} said on Tuesday.");

        Assert.Equal(introduced[(introduced.IndexOf(' ') + 1)..], extraction.SpeakerOf("We moved the stock"));
        Assert.DoesNotContain(extraction.People, p => p.Name.StartsWith(later.Split(' ')[0] + " ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sato Kenji", "Sato-san")]
    [InlineData("Kim Ji-won", "Ji-won-ssi")]
    [InlineData("Park Seo-yeon", "Park-ssi")]
    public void A_courtesy_suffix_on_a_short_form_is_not_part_of_the_name(string introduced, string later)
    {
        var extraction = TestExtraction.Extract(
            $"Dam inspection finds cracks\n\nBy Staff Reporter\n\nThe engineer {introduced} inspected the dam on Monday.\n\n"
            + $"\"The cracks are old and the dam is safe for now,\" {later} said.");

        Assert.Equal(introduced, extraction.SpeakerOf("The cracks are old"));
        Assert.DoesNotContain(extraction.People, p => p.Name == later || p.Aliases.Contains(later));
    }
}
