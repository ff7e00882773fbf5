namespace NewsGraph.Extraction.Tests.Quotes;

/// <summary>"He" and "she" go to the most recent person of their gender, as the names' forms and the text show it.</summary>
public class PronounGenderTests
{
    [Theory]
    [InlineData("Lenka Šimková runs the mountain hut with her brother-in-law, Vít Novotný. \"We have not had a winter like this in thirty years,\" she said.", "Lenka Šimková")]
    [InlineData("Kęstutis Žemaitis and Eglė Kazlauskienė waited at the ferry terminal. \"The timetable has not changed since 1998,\" he said.", "Kęstutis Žemaitis")]
    [InlineData("VILNIUS (Baltic Wire) - Jonas Vaitkus and Saulė Petraitytė opened the bakery in May. \"Nobody told us the rent would double,\" he said.", "Jonas Vaitkus")]
    [InlineData("Trần Văn Minh and Lê Thị Hoa ran the stall together. \"We were never told the price,\" he said.", "Trần Văn Minh")]
    [InlineData("Lê Thị Hoa and Trần Văn Minh ran the stall together. \"We were never told the price,\" she said.", "Lê Thị Hoa")]
    public void A_surname_or_middle_name_only_one_gender_bears_decides_who_a_pronoun_means(string text, string speaker)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Equal(speaker, extraction.Quotes.Single().Speaker?.Display);
    }

    [Fact]
    public void A_gendered_job_noun_decides_who_a_pronoun_means()
    {
        var extraction = TestExtraction.Extract(
            "Robin Adeyinka, the chairwoman of the harbour board, and Alex Moreau, chairman of the dockers' union, toured the quay on Monday.\n\n"
            + "\"We will not sell it to anyone,\" she said.\n\n\"Then we will keep working it,\" he said.");

        Assert.Equal("Robin Adeyinka", extraction.SpeakerOf("We will not"));
        Assert.Equal("Alex Moreau", extraction.SpeakerOf("Then we"));
    }

    [Fact]
    public void A_relative_named_in_an_appositive_does_not_take_the_possessor_s_gender()
    {
        var extraction = TestExtraction.Extract(
            "Jadwiga Szulc runs the pharmacy on the square. Her husband, the Gdańsk harbour pilot Piotr Zawada, brought the last boat in late on Friday.\n\n"
            + "\"We have never had a week like it,\" she told reporters.");

        Assert.Equal("Jadwiga Szulc", extraction.Quotes.Single().Speaker?.Display);
    }

    [Theory]
    [InlineData("Greta Halvorsen keeps the books; her son, Henrik Halvorsen, bakes the bread.", "Ms.", "Greta Halvorsen")]
    [InlineData("Henrik Halvorsen bakes the bread; his mother, Greta Halvorsen, keeps the books.", "Mr.", "Henrik Halvorsen")]
    public void An_honorific_picks_which_of_two_people_sharing_a_surname_is_meant(string introduction, string honorific, string speaker)
    {
        var extraction = TestExtraction.Extract($"{introduction}\n\n\"The flour doubled in price in a single winter,\" {honorific} Halvorsen said.");

        Assert.Equal(speaker, extraction.Quotes.Single().Speaker?.Display);
    }

    [Fact]
    public void A_pronoun_of_a_sentence_about_someone_else_says_nothing_of_a_person_it_names_later()
    {
        var extraction = TestExtraction.Extract(
            "Kojo Darko has dug the same yam field for forty years, he says.\n\n"
            + "Ama Asantewaa sells in the city. She buys from four farms, and Darko's is the oldest; she calls it the farm that feeds the other three.\n\n"
            + "\"If I pay less, the farmers stop planting,\" she said.");

        Assert.Equal("Ama Asantewaa", extraction.Quotes.Single().Speaker?.Display);
    }
}
