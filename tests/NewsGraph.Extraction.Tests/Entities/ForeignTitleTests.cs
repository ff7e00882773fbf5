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
}
