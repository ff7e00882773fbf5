namespace NewsGraph.Extraction.Tests.Quotes;

public class LaterNamedSourceTests
{
    [Fact]
    public void A_ledes_description_is_the_person_a_later_sentence_names_with_the_same_noun()
    {
        const string Text = "CÓRDOBA, Argentina (Wire) — The night shift had already left when the ceiling gave way.\n\n"
            + "A veteran mechanic who spent two decades on the assembly line said the cracks \"were there for anyone who cared to look, and nobody did.\"\n\n"
            + "The plant's owners declined to comment on Tuesday.\n\n"
            + "The mechanic, Maribel Quispe Huamán, has since filed a complaint with the provincial labour office.";

        Assert.Equal("Maribel Quispe Huamán", TestExtraction.Extract(Text).SpeakerOf("were there for anyone"));
    }

    [Fact]
    public void A_description_is_the_person_named_after_it_with_the_noun_following_the_name()
    {
        const string Text = "The ferry was still listing when the first boats reached it.\n\n"
            + "\"We counted heads twice and came up one short both times,\" a fisherman said.\n\n"
            + "Rescuers found the missing passenger an hour later in a lifeboat.\n\n"
            + "Tomasz Wróblewski-Nowak, the fisherman, said he had not slept since.";

        Assert.Equal("Tomasz Wróblewski-Nowak", TestExtraction.Extract(Text).SpeakerOf("We counted heads twice"));
    }

    [Fact]
    public void A_spokeswoman_for_an_organization_is_the_person_the_story_later_names_as_the_spokeswoman()
    {
        const string Text = "The Ministry of Fisheries closed the northern bank to trawlers on Friday.\n\n"
            + "A spokeswoman for the Ministry of Fisheries said the closure \"will last as long as the cod need it to, and not a day less.\"\n\n"
            + "Trawler owners said they would appeal.\n\n"
            + "The spokeswoman, Siri Halvorsen-Ødegaard, later said the ministry would meet them next week.";

        Assert.Equal("Siri Halvorsen-Ødegaard", TestExtraction.Extract(Text).SpeakerOf("will last as long as the cod"));
    }

    [Fact]
    public void A_description_is_tied_only_to_a_name_given_with_its_own_noun_and_only_after_it()
    {
        const string Text = "The nurse, Ana Lucía Ferreyra, first warned of the cracks in March.\n\n"
            + "\"Nobody on the ward was surprised when the ceiling came down,\" a nurse who worked the night shift said.\n\n"
            + "\"We counted the patients twice and came up one short both times,\" a fisherman who helped carry them out said.\n\n"
            + "\"I heard the beams go before I saw anything,\" a doctor on the third floor said.\n\n"
            + "The captain, Tomasz Wróblewski-Nowak, said the harbour crews arrived within minutes.\n\n"
            + "Kwame Asare-Bediako, the fisherman, said he had not slept since.";
        var extraction = TestExtraction.Extract(Text);

        Assert.Equal("Kwame Asare-Bediako", extraction.SpeakerOf("We counted the patients"));
        Assert.Equal("anonymous: a nurse who worked the night shift", extraction.SpeakerOf("Nobody on the ward"));
        Assert.StartsWith("anonymous: a doctor", extraction.SpeakerOf("I heard the beams"), StringComparison.Ordinal);
    }
}
