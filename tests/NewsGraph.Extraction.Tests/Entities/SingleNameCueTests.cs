namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>A person known by one name is a person where the text marks the word so; a one-word club or town is not.</summary>
public class SingleNameCueTests
{
    [Theory]
    [InlineData("Suharti, a rice farmer outside Klaten, said the rains were late. Suharti said fertiliser now costs twice as much.", "Suharti")]
    [InlineData("Thandar, his neighbour, said the soldiers came at night and took the generator.", "Thandar")]
    [InlineData("Most of the stalls were shut. My friend Tserenlkham, who sells felt boots, opened hers at noon.", "Tserenlkham")]
    [InlineData("The bus was two hours late, said a porter who gave his name only as Kofitse.", "Kofitse")]
    [InlineData("Wirawan has fished the bay for twenty years, and he says the catch has halved since the port was dredged.", "Wirawan")]
    public void A_single_name_the_text_marks_as_a_person_is_one(string text, string person)
    {
        var article = TestExtraction.Extract("Market day\n\n" + text);

        Assert.Contains(person, article.People.Select(p => p.Name));
        Assert.DoesNotContain(person, article.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void The_one_name_a_speaker_went_by_speaks_their_words()
    {
        const string Text = "Final\n\nBudiarto has just come through the mixed zone, still in his kit, and he did not hide his anger.\n\n"
            + "\u201CThe shuttle was in. Everybody in the hall saw it,\u201D he said.";

        Assert.Equal("Budiarto", TestExtraction.Extract(Text).SpeakerOf("The shuttle was in"));
    }

    [Theory]
    [InlineData("Lindenau had led at the break. Lindenau said he would not be dropped for the replay, the striker's agent insisted.", "Lindenau")]
    [InlineData("The last boats came back to Ribeira Marinha before dawn. In Marinha, the fishermen who went out were cheered on the quay.", "Marinha")]
    [InlineData("Halvik has cut its forecast again, and the chief executive said she would not resign.", "Halvik")]
    public void A_single_word_no_cue_marks_as_a_person_stays_unnamed(string text, string word)
    {
        var article = TestExtraction.Extract("Round-up\n\n" + text);

        Assert.DoesNotContain(word, article.People.Select(p => p.Name));
    }
}
