namespace NewsGraph.Extraction.Tests.Quotes;

public class EpithetTests
{
    [Fact]
    public void An_inverted_tabloid_attribution_with_an_epithet_is_the_person_introduced_with_its_words()
    {
        const string Text = "Harbour Rovers skipper Ingrid Solheim was livid at the final whistle.\n\n" +
            "Coach Tomas Berg said little. \"We move on to the next one,\" he said.\n\n" +
            "\"That goal should never have stood, not in a hundred years!\" fumed the Rovers queen, who had scored twice.";

        Assert.Equal("Ingrid Solheim", TestExtraction.Extract(Text).SpeakerOf("That goal should never"));
    }

    [Fact]
    public void An_age_as_a_speaker_is_the_person_given_that_age()
    {
        const string Text = "Aroha Tane, 34, has played for the club since 2010. Coach Sam Ward praised her work rate in training.\n\n" +
            "\"I have never felt better about my game than I do right now,\" the 34-year-old added.";

        Assert.Equal("Aroha Tane", TestExtraction.Extract(Text).SpeakerOf("I have never felt"));
    }

    [Fact]
    public void A_noun_for_an_abbreviated_title_is_the_person_who_bears_it()
    {
        const string Text = "Dr Amara Okafor, who treated the climbers, said both would recover.\n\n" +
            "\"They will lose a toe or two, but they are young and very strong,\" the doctor said.";

        Assert.Equal("Amara Okafor", TestExtraction.Extract(Text).SpeakerOf("They will lose a toe"));
    }

    [Fact]
    public void A_title_given_only_in_an_apposition_after_a_possessive_is_found_by_its_noun()
    {
        const string Text = "Helga Sørensen, Norway's minister of fisheries, flew to the coast on Monday.\n\n" +
            "After meeting the crews, the minister said: \"We will pay for the new nets before the winter season begins.\"";

        Assert.Equal("Helga Sørensen", TestExtraction.Extract(Text).SpeakerOf("We will pay for the new nets"));
    }

    [Fact]
    public void A_noun_that_only_describes_a_person_means_the_one_talked_about_last_when_none_was_introduced_so()
    {
        const string Text = "Okoro bats all day\n\nDaniel Okoro hit an unbeaten century for the visitors on Sunday.\n\n" +
            "The knock ended a lean run. \"I just wanted to bat all day and give the bowlers a rest,\" the youngster said.";

        Assert.Equal("Daniel Okoro", TestExtraction.Extract(Text).SpeakerOf("I just wanted to bat"));
    }

    [Fact]
    public void A_description_of_a_body_is_not_the_person_introduced_beside_the_same_word()
    {
        const string Text = "Ola Brekke, a government adviser, left the talks early.\n\n" +
            "The government of Iceland issued a statement saying it had \"negotiated in good faith at every single stage.\"";

        Assert.NotEqual("Ola Brekke", TestExtraction.Extract(Text).SpeakerOf("negotiated in good faith"));
    }

    [Theory]
    [InlineData("blasted")]
    [InlineData("sobbed")]
    [InlineData("raged")]
    public void Tabloid_verbs_of_speech_attribute(string verb)
    {
        var text = "Club owner Dario Ventura was in no mood to celebrate.\n\n" +
            $"The referee, he {verb}, \"looked at it eleven times and still got it wrong\".";

        Assert.Equal("Dario Ventura", TestExtraction.Extract(text).SpeakerOf("looked at it eleven times"));
    }
}
