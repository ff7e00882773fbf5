namespace NewsGraph.Extraction.Tests.Entities;

/// <summary>A given name alone, of a reader, a caller or a relative, is a person's even when no name list knows it.</summary>
public class SingleNameTests
{
    [Theory]
    [InlineData("Many of you have written in. A listener, Tanielu, writes from the harbour: \"The wharf lights have been out for a week.\"", "Tanielu")]
    [InlineData("Hemi Tautari runs the ferry. His daughter, Hinewai, keeps the timetable in a school exercise book.", "Hinewai")]
    [InlineData("The stall belongs to Dilnoza Yusupova. Dilnoza's son, Jasurbek, nine, counts the change.", "Jasurbek")]
    [InlineData("A cab driver at the rank, who gave only his first name, Vasile, said the queue had doubled since the strike began.", "Vasile")]
    public void A_single_name_set_off_by_commas_after_a_word_for_a_person_is_a_person(string text, string person)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Contains(person, extraction.People.Select(p => p.Name));
    }

    [Fact]
    public void A_caller_named_in_apposition_is_the_speaker_of_the_words_that_follow()
    {
        var extraction = TestExtraction.Extract(
            "PRESENTER: The lines are busy tonight. A caller, Tanielu, rang in from the wharf: \"The lights have been out for a week and nobody answers the phone.\"");

        Assert.Equal("Tanielu", extraction.Quotes.Single().Speaker?.Display);
    }

    [Theory]
    [InlineData("[19:02] HOST: The messages keep coming. Semisi from Porirua writes, \"The power has been off since noon and nobody has called us back.\"", "Semisi")]
    [InlineData("Lusia, listening in the car outside Nukualofa, emails: \"We can see the water from the kitchen window now.\"", "Lusia")]
    public void A_listener_named_with_where_they_write_from_is_the_speaker_of_their_message(string text, string speaker)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.Equal(speaker, extraction.Quotes.Single().Speaker?.Display);
    }

    [Theory]
    [InlineData("Its largest customer, Norvik, cancelled the order.")]
    [InlineData("The shipyard's biggest shareholder, Norvik, voted against the plan.")]
    public void A_single_unknown_word_after_a_noun_that_names_no_person_is_not_read_as_one(string text)
    {
        var extraction = TestExtraction.Extract(text);

        Assert.DoesNotContain("Norvik", extraction.People.Select(p => p.Name));
    }
}
