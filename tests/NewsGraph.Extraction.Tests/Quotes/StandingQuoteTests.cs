namespace NewsGraph.Extraction.Tests.Quotes;

/// <summary>A quote that stands as a paragraph of its own is the words of whom the sentence before, or the paragraph after, points to.</summary>
public class StandingQuoteTests
{
    [Theory]
    [InlineData("Tomasz Nowak sold the boat in March. Ingrid Sæther kept the nets. She has not fished since the spring.")]
    [InlineData("Tomasz Nowak sold the boat in March. Ingrid Sæther kept the nets. Asked what she would do now, she looked at the harbour.")]
    [InlineData("Tomasz Nowak sold the boat in March. Ingrid Sæther kept the nets. On her last morning at the quay, she coiled the ropes.")]
    public void A_standing_quote_after_a_sentence_whose_subject_is_she_is_hers(string before)
    {
        var extraction = TestExtraction.Extract($"Harbour keeps its last net-maker\n\n{before}\n\n“The sea gave us everything, and now it gives us nothing at all.”\n\nThe harbour office closes on Friday.");

        Assert.Equal("Ingrid Sæther", extraction.SpeakerOf("The sea gave us"));
    }

    [Fact]
    public void A_standing_quote_after_a_title_and_a_colon_is_the_words_of_who_holds_the_title()
    {
        var extraction = TestExtraction.Extract(
            "Council minutes, 3 March\n\nThe mayor, Ilse Vermeulen, opened the meeting. Councillor Rui Tavares asked about the bridge.\n\n" +
            "The mayor stated:\n\n\"The bridge will reopen in May, and not a day later than that.\"\n\nThe item was closed.");

        Assert.Equal("Ilse Vermeulen", extraction.SpeakerOf("The bridge will reopen"));
    }

    [Theory]
    [InlineData("The words are those of Kwame Mensah-Bonsu, who has fished from the pier for thirty years.")]
    [InlineData("That was the verdict of Kwame Mensah-Bonsu, who has fished from the pier for thirty years.")]
    [InlineData("Kwame Mensah-Bonsu said it twice, to nobody in particular.")]
    public void A_standing_quote_is_the_words_of_whom_the_next_paragraph_points_back_to(string after)
    {
        var extraction = TestExtraction.Extract(
            $"Pier to close\n\nThe council voted on Monday to close the old pier. Abena Owusu, who chairs the council, said the repairs were too dear.\n\n" +
            $"\"They are closing the one place in this town where nobody has to pay to sit.\"\n\n{after}");

        Assert.Equal("Kwame Mensah-Bonsu", extraction.SpeakerOf("They are closing the one place"));
    }

    [Fact]
    public void He_said_it_after_a_standing_quote_is_the_man_the_story_was_about()
    {
        var extraction = TestExtraction.Extract(
            "Dry season\n\nAmina Okafor runs the well committee. Her brother, Musa Okafor, drives the water truck, and he does not trust the new pump.\n\n" +
            "\"Pumps break. Trucks break too, but I can fix a truck.\"\n\nHe said it without looking up from the engine.");

        Assert.Equal("Musa Okafor", extraction.SpeakerOf("Pumps break"));
    }

    [Fact]
    public void A_standing_quote_is_no_one_s_when_nothing_around_it_points_to_a_speaker()
    {
        var extraction = TestExtraction.Extract(
            "Pier to close\n\nThe council voted on Monday to close the old pier. The repairs were too dear.\n\n" +
            "\"They are closing the one place in this town where nobody has to pay to sit.\"\n\nThe pier was built in 1890 by Kwame Mensah-Bonsu's grandfather.");

        Assert.Null(extraction.SpeakerOf("They are closing the one place"));
    }
}
