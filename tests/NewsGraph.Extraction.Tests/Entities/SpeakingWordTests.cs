namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>
/// An unknown capitalised word right before "said" is a person known by surname unless the article shows a body:
/// a brand's form, an organization whose name holds the word, or "its" after it; a word capitalised only because it
/// opens a sentence shows nothing.
/// </summary>
public class SpeakingWordTests
{
    [Theory]
    [InlineData("The ferry stopped at noon. \"We did not know the engine was failing,\" Akinsanya said. He had been aboard since dawn.", "Akinsanya")]
    [InlineData("Witnesses described chaos at the pier. \"The rope snapped twice before anyone moved,\" Vaitkus told reporters.", "Vaitkus")]
    [InlineData("The match ended after midnight and Zhakupov said: \"I have never played a longer set in my life.\"", "Zhakupov")]
    public void A_bare_surname_before_a_speech_verb_is_a_person_who_speaks(string text, string speaker)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(speaker, extraction.People.Select(p => p.Name));
        Assert.DoesNotContain(speaker, extraction.Organizations.Select(o => o.Name));
        Assert.Equal(speaker, extraction.Quotes.Single().Speaker?.Display);
        Assert.Equal(SpeakerKind.Person, extraction.Quotes.Single().Speaker?.Kind);
    }

    [Theory]
    [InlineData("The app went dark on Friday. \"All balances are safe and no payment was lost,\" PayLoop said in a statement.", "PayLoop")]
    [InlineData("The ship was towed to port. \"We regret the delay to our passengers,\" Brandt&Co said on Monday.", "Brandt&Co")]
    [InlineData("Prices rose again in March. \"We see no easing before the autumn,\" Torvane said, adding that its own forecast had been too low.", "Torvane")]
    public void A_speaking_word_that_shows_a_body_stays_an_organization(string text, string speaker)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.DoesNotContain(speaker, extraction.People.Select(p => p.Name));
        Assert.Equal(SpeakerKind.Organization, extraction.Quotes.Single().Speaker?.Kind);
    }

    [Fact]
    public void A_word_that_opens_a_company_name_of_the_article_is_that_company_speaking()
    {
        var extraction = TestExtraction.Extract(
            "Kestrova Shipping lost two vessels this winter. \"We will rebuild the fleet within two years,\" Kestrova said on Tuesday.");

        Assert.DoesNotContain("Kestrova", extraction.People.Select(p => p.Name));
        Assert.Equal("Kestrova Shipping", extraction.Quotes.Single().Speaker?.Display);
    }

    [Theory]
    [InlineData("The port has been shut for a week. Exporters said a longer stoppage would push up the price of cocoa.", "Exporters")]
    [InlineData("The tablet folds in two. Handwritten notes are turned into text on the device itself.", "Handwritten")]
    public void A_word_capitalised_only_where_its_sentence_opens_is_no_person(string text, string word)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.DoesNotContain(word, extraction.People.Select(p => p.Name));
    }
}
