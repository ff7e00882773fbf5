namespace NewsGraph.Extraction.Tests.Entities;

public class ParticleNameTests
{
    [Theory]
    [InlineData("The regional train was cancelled and Castelo de Vide was cut off by the snow on Friday.", "Castelo de Vide")]
    [InlineData("Supplies were trucked over the hills from Aldeia de Monsaraz to the coast overnight.", "Aldeia de Monsaraz")]
    [InlineData("Shops stayed shut between Villanueva del Arzobispo and the border on Monday.", "Villanueva del Arzobispo")]
    public void A_name_joined_by_a_particle_after_a_word_for_a_place_or_a_preposition_of_place_is_a_place(string text, string place)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(article.Places, p => p.Name == place);
        Assert.DoesNotContain(article.People, p => p.Name == place);
    }

    [Fact]
    public void A_particle_place_ending_in_a_known_city_is_one_place_not_that_city()
    {
        var article = TestExtraction.Extract("The river peaked at Ponte de Lima on Tuesday, the civil protection agency said.");

        Assert.Contains(article.Places, p => p.Name == "Ponte de Lima");
        Assert.DoesNotContain(article.Places, p => p.Name == "Lima");
    }

    [Fact]
    public void A_name_read_as_a_particle_place_once_is_that_place_wherever_it_stands()
    {
        var article = TestExtraction.Extract("Volunteers came from Arcos de Valdevez at dawn.\n\nThe decree covers Melgaço and Arcos de Valdevez until March.");

        Assert.Contains(article.Places, p => p.Name == "Arcos de Valdevez");
        Assert.DoesNotContain(article.People, p => p.Name == "Arcos de Valdevez");
    }

    [Fact]
    public void A_dateline_in_capitals_names_the_place_with_its_particle_in_lower_case()
    {
        var article = TestExtraction.Extract("VILA DO CONDE — The harbour reopened on Thursday after three days of storms.");

        Assert.Contains(article.Places, p => p.Name == "Vila do Conde");
    }

    [Theory]
    [InlineData("Ana da Silva, a nurse from the town, said the water came fast.", "Ana da Silva")]
    [InlineData("Supplies came from Maria dos Santos, who runs the village shop.", "Maria dos Santos")]
    [InlineData("Cauã Ferreira de Oliveira Santos, a baker, said the flour was saved.", "Cauã Ferreira de Oliveira Santos")]
    [InlineData("Willemijn ter Horst grew roses for twenty years before she started writing.", "Willemijn ter Horst")]
    public void A_person_with_a_particle_stays_a_person_with_the_whole_name(string text, string person)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(article.People, p => p.Name == person);
        Assert.DoesNotContain(article.Places, p => person.Contains(p.Name, StringComparison.Ordinal));
    }
}
