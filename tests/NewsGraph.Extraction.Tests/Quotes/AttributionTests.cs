namespace NewsGraph.Extraction.Tests.Quotes;

public class AttributionTests
{
    [Theory]
    [InlineData("“The port is open,” said Terkula Agber, spokesman for the authority.")]
    [InlineData("“The port is open,” Terkula Agber said.")]
    [InlineData("“The port is open,” authority spokesman Terkula Agber told Reuters on Monday.")]
    [InlineData("Terkula Agber said: “The port is open.”")]
    [InlineData("According to Terkula Agber, “The port is open.”")]
    [InlineData("“The port is open,” Terkula Agber, the authority's spokesman who has held the post since 2019, said in a statement.")]
    public void Finds_the_speaker_before_or_after_the_quote(string text)
    {
        Assert.Equal("Terkula Agber", TestExtraction.Extract(text).SpeakerOf("The port is open"));
    }

    [Theory]
    [InlineData("“The port is open,” said the authority's spokesman, Terkula Agber.")]
    [InlineData("The authority spoke.\n\n“The port is open.” — Terkula Agber, spokesman for the authority")]
    [InlineData("Terkula Agber was defiant on Tuesday. “The port is open.”")]
    [InlineData("Terkula Agber put it plainly in an interview:\n\n“The port is open.”")]
    public void Finds_the_speaker_of_quotes_attributed_in_other_ways(string text)
    {
        Assert.Equal("Terkula Agber", TestExtraction.Extract(text).SpeakerOf("The port is open"));
    }

    [Fact]
    public void A_pronoun_refers_to_the_person_talked_about_not_one_named_after_a_preposition()
    {
        const string Text = "Adaeze Obi is still not used to fame. In the film, directed by Maria Lopez, she plays a ferry captain.\n\n“I kept waiting for someone to say it was a mistake,” she says.";

        Assert.Equal("Adaeze Obi", TestExtraction.Extract(Text).SpeakerOf("I kept waiting"));
    }

    [Theory]
    [InlineData("Among the volunteers on the dunes was Kerstin Holm, who has walked the beach since childhood.")]
    [InlineData("At the front of the queue were Kerstin Holm and her two sons.")]
    public void A_name_after_a_preposition_and_a_form_of_be_is_the_subject_of_an_inverted_sentence(string introduction)
    {
        var text = "Torvald Berg, the harbour master, said the clean-up would take a week.\n\n" +
            introduction + " “We find plastic here every single morning,” she said.";

        Assert.Equal("Kerstin Holm", TestExtraction.Extract(text).SpeakerOf("We find plastic"));
    }

    [Fact]
    public void A_name_after_a_preposition_without_a_verb_between_is_still_not_the_topic()
    {
        const string Text = "Ingrid Moe runs the ferry. In a meeting with Sofia Lind last week, she asked for more staff.\n\n" +
            "“We cannot run two boats with one crew,” she said.";

        Assert.Equal("Ingrid Moe", TestExtraction.Extract(Text).SpeakerOf("We cannot run"));
    }

    [Theory]
    [InlineData("Rasmus Eng, interviewed by Clara Voss for the station's morning show, said: “The mill will reopen in spring.”")]
    [InlineData("Rasmus Eng, when pressed by Clara Voss about the delay, replied: “The mill will reopen in spring.”")]
    public void Whoever_asks_in_a_passive_by_phrase_is_not_who_answers(string text)
    {
        Assert.Equal("Rasmus Eng", TestExtraction.Extract(text).SpeakerOf("The mill will reopen"));
    }

    [Fact]
    public void A_quote_introduced_by_the_one_person_after_by_stays_theirs()
    {
        const string Text = "The decision was announced by Clara Voss, who said: “The mill will reopen in spring.”";

        Assert.Equal("Clara Voss", TestExtraction.Extract(Text).SpeakerOf("The mill will reopen"));
    }

    [Theory]
    [InlineData("Kessmo Varde Lynet, the grid company for the coastal district, says 4,000 homes are dark.")]
    [InlineData("Kessmo Varde Lynet, the parent company of two regional grids, says 4,000 homes are dark.")]
    public void A_name_set_beside_a_company_noun_followed_by_for_or_of_is_the_company_that_speaks_later(string introduction)
    {
        var text = introduction + " In a statement, the company said: “Power will be back by the weekend.”";
        var article = TestExtraction.Extract(text);

        Assert.Equal("Kessmo Varde Lynet", article.SpeakerOf("Power will be back"));
        Assert.DoesNotContain(article.People, p => p.Name.StartsWith("Kessmo", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_described_as_working_for_a_company_stays_a_person()
    {
        var article = TestExtraction.Extract("Brede Olsvik, the spokesman for the grid company, said repairs would take days.");

        Assert.Contains(article.People, p => p.Name == "Brede Olsvik");
    }

    [Theory]
    [InlineData("A spokesperson for the Harwick Water Authority said the dam was “holding well under the pressure”.")]
    [InlineData("A spokeswoman for the HWA, who did not give her name, said the dam was “holding well under the pressure”.")]
    [InlineData("“Holding well under the pressure,” a spokesman for the authority told the Evening Ledger.")]
    [InlineData("Analysts at the Harwick Water Authority, who call the dam “sound”, wrote that it was “holding well under the pressure”.")]
    public void An_unnamed_spokesperson_speaks_for_the_organization(string sentence)
    {
        var text = "The Harwick Water Authority (HWA) closed the dam on Monday.\n\n" + sentence;

        Assert.Equal("Harwick Water Authority", TestExtraction.Extract(text).SpeakerOf(sentence.StartsWith('“') ? "Holding well" : "holding well"));
    }

    [Fact]
    public void A_named_spokesperson_speaks_for_herself()
    {
        const string Text = "The Harwick Water Authority closed the dam on Monday.\n\n" +
            "Mirela Costa, a spokesperson for the Harwick Water Authority, said the dam was “holding well under the pressure”.";

        Assert.Equal("Mirela Costa", TestExtraction.Extract(Text).SpeakerOf("holding well"));
    }

    [Theory]
    [InlineData("“Will the bridge close again? Certainly not,” said Pilar Soto, the engineer.")]
    [InlineData("“The bridge has held for a century. Never,” said Pilar Soto.")]
    public void A_negation_inside_the_quote_does_not_negate_the_verb_after_it(string text)
    {
        Assert.Equal("Pilar Soto", TestExtraction.Extract(text).SpeakerOf(text[1..5]));
    }

    [Fact]
    public void A_negated_verb_outside_the_quote_does_not_attribute_it()
    {
        const string Text = "Pilar Soto, the engineer, has been asked about the closure. She has never said that “the bridge will close this winter”.";

        Assert.Null(TestExtraction.Extract(Text).SpeakerOf("the bridge will close"));
    }

    [Fact]
    public void A_live_blog_entry_heading_quoting_the_entry_is_a_quote_of_its_speaker()
    {
        const string Text = "Storm Ulla live: harbour flooded\n\n" +
            "09:40 GMT\n\nHarbour master: ‘Every pier is under water’\n\n" +
            "“Every pier is under water and the fish market is closed,” said Jonas Falk, the harbour master.";

        var article = TestExtraction.Extract(Text);

        var quotes = article.Quotes.Where(q => q.Text.StartsWith("Every pier", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Jonas Falk", q.Speaker?.Display));
    }

    [Fact]
    public void A_pronoun_can_refer_to_the_only_person_a_sentence_names_even_after_by()
    {
        const string Text = "Carla Mendes runs the clinic on the hill.\n\n" +
            "A photograph taken by Ines Bravo, a nurse on the night shift, shows the ward under water.\n\n" +
            "“We carried every patient upstairs before midnight,” she says in the caption.";

        Assert.Equal("Ines Bravo", TestExtraction.Extract(Text).SpeakerOf("We carried every patient"));
    }

    [Fact]
    public void A_quote_inside_a_transcript_turn_is_the_words_of_the_turn_speaker()
    {
        const string Text = "Saltmarsh Ferries third-quarter call\n\n" +
            "Speakers: Lidia Marsh, chief executive, and Tom Reyes, an analyst at Dune Capital.\n\n" +
            "Tom Reyes\n\nThanks. Can you talk about margins on the island routes?\n\n" +
            "Lidia Marsh\n\nSure. Fuel was the problem this quarter.\n\n" +
            "As I wrote in the letter to shareholders, “margins will recover once the new boats are running at full speed.” We are confident.";

        Assert.Equal("Lidia Marsh", TestExtraction.Extract(Text).SpeakerOf("margins will recover"));
    }

    [Fact]
    public void A_quote_inside_a_labelled_answer_is_the_words_of_the_one_who_answers()
    {
        const string Text = "Lidia Marsh has run Saltmarsh Ferries for ten years. We met her on the quay.\n\n" +
            "Harbour Weekly: Do you ever lose patience?\n\n" +
            "Lidia: Never. We have a saying on the islands, “slow water cuts the deepest stone,” and I live by it.";

        Assert.Equal("Lidia Marsh", TestExtraction.Extract(Text).SpeakerOf("slow water cuts"));
    }

    [Fact]
    public void A_section_heading_that_is_not_a_name_gives_no_turn_speaker()
    {
        const string Text = "Lidia Marsh runs Saltmarsh Ferries.\n\nThe Road Ahead\n\n" +
            "A sign on the quay reads “boats will sail when the sea allows it”.";

        Assert.Null(TestExtraction.Extract(Text).SpeakerOf("boats will sail"));
    }

    [Fact]
    public void A_scare_quote_in_the_lead_does_not_cut_the_speaker_off_the_quote()
    {
        const string Text = "Shares slid. Tomasz Wrona of Baltic Rail, who has a “sell” rating on the stock, wrote to clients: “The numbers only work if the ferry subsidy survives.”";

        Assert.Equal("Tomasz Wrona", TestExtraction.Extract(Text).SpeakerOf("The numbers only work"));
    }

    [Fact]
    public void The_company_is_the_company_named_last_not_a_ministry_named_after_it()
    {
        const string Text = "Harlow Ferries Ltd. was fined on Monday by the Ministry of Transport. “We followed every rule we were given,” the company said.";

        Assert.Equal("Harlow Ferries Ltd.", TestExtraction.Extract(Text).SpeakerOf("We followed every rule"));
    }

    [Fact]
    public void The_ministry_is_still_the_ministry_named_last()
    {
        const string Text = "Harlow Ferries Ltd. was fined on Monday by the Ministry of Transport. “Every rule applies to every operator,” the ministry said.";

        Assert.Equal("Ministry of Transport", TestExtraction.Extract(Text).SpeakerOf("Every rule applies"));
    }

    [Theory]
    [InlineData("Pilar Soto studied in Lyon and came home in 2009 with, in her words, “a box of sketches and no clients at all.”")]
    [InlineData("Pilar Soto came home in 2009 with what was, in her own words, “a box of sketches and no clients at all.”")]
    [InlineData("Carla Mendes has run the gallery since 2015. Pablo Soto came home in 2009 with, in his words, “a box of sketches and no clients at all.”")]
    public void In_her_words_gives_the_quote_to_the_person_the_pronoun_means(string text)
    {
        Assert.EndsWith("Soto", TestExtraction.Extract(text).SpeakerOf("a box of sketches")!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_name_alone_in_apposition_names_the_reader_who_writes()
    {
        const string Text = "Readers have been sending pictures all morning. A reader, Mariana, writes from the coast: “Our street is a river and the car is gone.”";

        var article = TestExtraction.Extract(Text);

        Assert.Equal("Mariana", article.SpeakerOf("Our street is a river"));
        Assert.Contains(article.People, p => p.Name == "Mariana");
    }

    [Fact]
    public void A_wife_named_by_her_given_name_alone_is_who_she_means()
    {
        const string Text = "Tomas Lind has fixed boats on the quay for thirty years. His wife, Ingrid, keeps the books.\n\n" +
            "“We have not taken a holiday since the children were small,” she said.";

        Assert.Equal("Ingrid", TestExtraction.Extract(Text).SpeakerOf("We have not taken"));
    }

    [Fact]
    public void A_passage_in_single_marks_after_a_colon_is_a_quote_in_a_double_quoted_article()
    {
        const string Text = "“It was one bad meal,” said Lucia Ferri. “I stand by it.”\n\n“We will see,” said her editor.\n\n" +
            "In a Facebook post, Bruno Salas wrote: 'We have fed this street for forty years. One bad afternoon does not erase that.' He later deleted the post.\n\n" +
            "The owners' lawyer said nothing; the chef's brother called it 'a storm in a teacup'.";

        var extraction = TestExtraction.Extract(Text);

        Assert.Equal("Bruno Salas", extraction.SpeakerOf("We have fed this street"));
        Assert.DoesNotContain(extraction.Quotes, q => q.Text.Contains("lawyer", StringComparison.Ordinal) || q.Text.Contains("storm", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_named_earlier_is_who_a_sentence_about_the_relative_talks_about()
    {
        const string Text = "The model was built by her husband, Mikael Lind, a statistician.\n\n" +
            "“It works in every city,” said Oluchi Nwosu, an ecologist who was not involved.\n\n" +
            "Her husband was more cautious. “Ask us again in three years,” he said.";

        Assert.Equal("Mikael Lind", TestExtraction.Extract(Text).SpeakerOf("Ask us again"));
    }

    [Fact]
    public void A_pronoun_can_refer_to_a_person_something_came_from()
    {
        const string Text = "“The plant is safe,” said Ines Kapaya, a chemist.\n\nThe ministry's statement drew a short laugh from Rosa Mamani when it was read to her. “Safe for whom?” she asked. “We drink that water.”";

        Assert.Equal("Rosa Mamani", TestExtraction.Extract(Text).SpeakerOf("We drink that water"));
    }

    [Fact]
    public void A_gender_read_from_the_text_overrides_the_name_lists()
    {
        const string Text = "Councillor Harjit Sandhu was unmoved. “Four spots is somebody's livelihood,” he said.\n\nCouncillor Maria Villanueva disagreed with Sandhu. “Nobody is deciding livelihoods tonight,” she replied.";

        Assert.Equal("Maria Villanueva", TestExtraction.Extract(Text).SpeakerOf("Nobody is deciding"));
    }

    [Fact]
    public void A_pronoun_can_refer_to_an_unnamed_source()
    {
        const string Text = "A nurse at the city hospital, who asked not to be named, says the ward is full.\n\n“We have had more than 40 people through the door,” she said.";

        Assert.StartsWith("anonymous: A nurse", TestExtraction.Extract(Text).SpeakerOf("We have had"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_does_not_refer_to_several_unnamed_sources()
    {
        const string Text = "Ines Carvalho, the mediator, spoke first. Two diplomats in Lisbon said the talks had stalled.\n\n“We are one draft away,” she said.";

        Assert.Equal("Ines Carvalho", TestExtraction.Extract(Text).SpeakerOf("We are one draft"));
    }

    [Fact]
    public void An_unnamed_investor_is_a_source()
    {
        const string Text = "Analysts at Harrow Capital cut their target. One large investor, speaking on condition of anonymity, was calmer. “The board told us the truth early,” he said.";

        Assert.StartsWith("anonymous: One large investor", TestExtraction.Extract(Text).SpeakerOf("The board told us"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_sentence_is_not_an_unnamed_source_talked_about()
    {
        const string Text = "Tomas Lindqvist wrote on his blog that “a bakery does not need a minister. It needs people to buy bread.” He added: “The best rye in town is made there, every morning.”";

        Assert.Equal("Tomas Lindqvist", TestExtraction.Extract(Text).SpeakerOf("The best rye"));
    }

    [Fact]
    public void Family_words_tell_apart_two_people_who_share_a_surname()
    {
        const string Text =
            "The survey was led by Sanna Lehtola, a geologist. \"The ice is thinning,\" Sanna Lehtola said.\n\n" +
            "The model was built by her husband, Eero Lehtola, a statistician.\n\n" +
            "\"It is a trend, not a proof,\" Eero Lehtola said. Sanna Lehtola laughed at her husband.\n\n" +
            "\"She always wants one more season of data,\" he said.";

        Assert.Equal("Eero Lehtola", TestExtraction.Extract(Text).SpeakerOf("She always wants"));
    }

    [Fact]
    public void The_statement_speaks_for_the_organization_named_last()
    {
        const string Text = "The Tana Power Company has issued a statement rejecting the posts.\n\n“The dam is intact and operating within safe limits,” the statement reads.";

        Assert.Equal(new SpeakerRef("Tana Power Company", SpeakerKind.Organization), Assert.Single(TestExtraction.Extract(Text).Quotes).Speaker);
    }

    [Fact]
    public void A_nested_quote_given_to_he_is_not_the_outer_speaker_s_own()
    {
        const string Text = "Piotr Zielinski taught violin for forty years.\n\n" +
            "His former pupil, Kwame Mensah, said the lessons were never billed. “He told my mother, ‘Pay me when he plays at the opera house.’ I did play there,” Kwame Mensah said.";

        Assert.Equal("Piotr Zielinski", TestExtraction.Extract(Text).SpeakerOf("Pay me when"));
    }

    [Fact]
    public void A_nickname_in_quotation_marks_does_not_cut_the_speaker_off()
    {
        const string Text = "Not everyone agreed. Babatunde \"Tunde\" Okafor, who runs a bakery on the street, said the new lane would \"cut our morning trade by half, easily.\"";

        Assert.Equal("Babatunde Okafor", TestExtraction.Extract(Text).SpeakerOf("cut our morning"));
    }

    [Fact]
    public void The_company_is_not_an_organization_named_inside_a_quote_or_the_dateline_agency()
    {
        const string Text = "LIMA, June 18 (Reuters) - The lender kept its forecast.\n\n“The Board expects the rate to fall slowly,” the bank said in a statement.";

        Assert.Null(Assert.Single(TestExtraction.Extract(Text).Quotes).Speaker);
    }

    [Fact]
    public void An_organization_named_with_the_speaks_for_itself_not_for_a_source_inside_another_name()
    {
        const string Text = "Ivo Marek leads the National Union of Tram Workers.\n\n" +
            "The Tram Operators Group, which represents the companies, said it was “disappointed by a decision that helps nobody”.";

        Assert.Equal(new SpeakerRef("Tram Operators Group", SpeakerKind.Organization), TestExtraction.Extract(Text).QuoteStarting("disappointed").Speaker);
    }

    [Fact]
    public void A_commuter_is_an_unnamed_source()
    {
        const string Text = "Minister Clara Oyelaran urged talks.\n\nOne commuter at the central station said she was fed up. “Every few months it is the same story,” she said.";

        Assert.StartsWith("anonymous: One commuter", TestExtraction.Extract(Text).SpeakerOf("Every few months"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sen. Dana Whitfield, D-N.Y., said Republicans had \"walked away from the strongest bill in decades.\"")]
    [InlineData("Rep. Dana Whitfield, R-Calif., said Republicans had \"walked away from the strongest bill in decades.\"")]
    public void A_party_and_state_tag_does_not_cut_the_speaker_off(string text)
    {
        Assert.Equal("Dana Whitfield", TestExtraction.Extract(text).SpeakerOf("walked away"));
    }

    [Fact]
    public void A_quote_that_ends_its_own_sentence_is_not_attributed_by_the_next_one()
    {
        const string Text = "The Harbour Authority said in a statement that the port would \"reopen within days.\" Spokesman Luca Brandt told reporters that the cranes \"are already being checked.\"";

        var article = TestExtraction.Extract(Text);

        Assert.Equal(new SpeakerRef("Harbour Authority", SpeakerKind.Organization), article.QuoteStarting("reopen within").Speaker);
        Assert.Equal("Luca Brandt", article.SpeakerOf("are already"));
    }

    [Fact]
    public void The_company_is_the_organization_named_last()
    {
        const string Text = "State power producer KenGen dismissed the claims. “The dam is intact,” the company said in a statement.";

        Assert.Equal(new SpeakerRef("KenGen", SpeakerKind.Organization), Assert.Single(TestExtraction.Extract(Text).Quotes).Speaker);
    }

    [Fact]
    public void A_headline_quote_is_the_words_of_whoever_says_them_in_the_story()
    {
        const string Text = "“Close is not a deal”: inside the talks\n\nThe chair, Nguyen Thi Ha, closed the session. “We are closer than ever, but close is not a deal,” she told delegates.";

        Assert.Equal("Nguyen Thi Ha", TestExtraction.Extract(Text).SpeakerOf("Close is not a deal"));
    }

    [Fact]
    public void A_participle_takes_the_subject_of_its_clause()
    {
        const string Text = "State advocate Andries Botha said money was moved to companies linked to Sipho Mahlangu's relatives, describing the contract as “a scheme, and the accused was at its centre”.";

        Assert.Equal("Andries Botha", TestExtraction.Extract(Text).SpeakerOf("a scheme"));
    }

    [Fact]
    public void What_someone_would_say_later_is_not_the_attribution()
    {
        const string Text = "A person close to the defence team said the lawyers would argue that the tender was “approved by a committee, not by one man”.";

        Assert.StartsWith("anonymous: A person close to the defence team", TestExtraction.Extract(Text).SpeakerOf("approved by"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_after_a_sentence_about_someone_else_stays_unattributed()
    {
        var article = TestExtraction.Extract("The ministry met union leaders on Tuesday. “The port is open.”");

        Assert.Null(article.SpeakerOf("The port is open"));
    }

    [Fact]
    public void Gives_both_halves_of_a_split_quote_to_the_speaker()
    {
        var article = TestExtraction.Extract("“This plan is dead,” said minister Pieter van der Berg, “and we will not revive it.” “Never,” he added.");

        Assert.Equal("Pieter van der Berg", article.SpeakerOf("This plan"));
        Assert.Equal("Pieter van der Berg", article.SpeakerOf("and we will not"));
    }

    [Fact]
    public void Resolves_surnames_and_pronouns_to_the_person_named_once()
    {
        const string Text = """
            Agriculture Commissioner Annelie Strömberg defended the plan on Monday.

            “Nobody is asked to pay for what they cannot afford,” she said.

            Strömberg added: “The money goes back to farmers.”
            """;

        var article = TestExtraction.Extract(Text);

        Assert.Equal("Annelie Strömberg", article.SpeakerOf("Nobody"));
        Assert.Equal("Annelie Strömberg", article.SpeakerOf("The money"));
    }

    [Fact]
    public void A_pronoun_skips_a_person_of_the_other_gender()
    {
        const string Text = "Minister Pieter van der Berg met Commissioner Annelie Strömberg. “We found no agreement,” she said.";

        Assert.Equal("Annelie Strömberg", TestExtraction.Extract(Text).SpeakerOf("We found"));
    }

    [Fact]
    public void Resolves_a_title_to_the_person_who_holds_it()
    {
        const string Text = "Dutch Agriculture Minister Pieter van der Berg spoke first. Polish Agriculture Minister Ewa Nowak spoke next. “It is over,” Van der Berg said. “We are against the bill,” the minister said.";

        Assert.Equal("Pieter van der Berg", TestExtraction.Extract(Text).SpeakerOf("We are against"));
    }

    [Fact]
    public void Carries_the_speaker_into_a_paragraph_that_continues_the_quotation()
    {
        const string Text = "“I cannot confirm that,” Colonel Dana Whitfield told reporters.\n\n“We are focused on the operation. That is all.”";

        Assert.Equal("Dana Whitfield", TestExtraction.Extract(Text).SpeakerOf("We are focused"));
    }

    [Fact]
    public void Names_unnamed_sources_as_the_text_describes_them()
    {
        var article = TestExtraction.Extract("“The money is there,” a person familiar with the matter said. Later, the person said “the problem is who signs first”.");

        Assert.Equal("anonymous: a person familiar with the matter", article.SpeakerOf("The money"));
        Assert.StartsWith("anonymous:", article.SpeakerOf("the problem"), StringComparison.Ordinal);
    }

    [Fact]
    public void Lets_an_organization_speak()
    {
        var article = TestExtraction.Extract("The Nigerian Ports Authority said in a statement that “the ports remain open and operations continue”.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(new SpeakerRef("Nigerian Ports Authority", SpeakerKind.Organization), quote.Speaker);
    }

    [Fact]
    public void Reads_the_channel_the_verb_and_the_cited_source()
    {
        var article = TestExtraction.Extract("“A usually reliable source tells me the talks have failed,” columnist Ravi Menon wrote on X.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Ravi Menon", quote.Speaker?.Name);
        Assert.Equal("wrote", quote.Verb);
        Assert.Equal("X", quote.Channel);
        Assert.Equal(new SpeakerRef("A usually reliable source", SpeakerKind.Anonymous), quote.CitedSource);
    }

    [Fact]
    public void Reads_the_outlet_told_as_channel_and_intermediary()
    {
        var quote = Assert.Single(TestExtraction.Extract("“We cannot confirm it,” Colonel Dana Whitfield told Reuters.").Quotes);

        Assert.Equal("Reuters", quote.Channel);
        Assert.Equal("Reuters", quote.Via);
    }

    [Fact]
    public void Leaves_the_speaker_unknown_when_the_text_does_not_say()
    {
        var quote = Assert.Single(TestExtraction.Extract("Protesters carried banners reading “Save our farms from ruin”.").Quotes);

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Marks_a_response_that_cannot_confirm_an_earlier_claim()
    {
        const string Text = "“The army has run out of fuel,” blogger Sam Okoro wrote on Telegram. “I cannot confirm any of that,” Colonel Dana Whitfield said.";

        var article = TestExtraction.Extract(Text);

        Assert.Equal(new QuoteResponse(Stance.CannotConfirm, 0), article.QuoteStarting("I cannot confirm").Response);
        Assert.Null(article.Quotes[0].Response);
    }

    [Fact]
    public void Marks_a_denial()
    {
        const string Text = "“Ships are being diverted,” shipping analyst Lena Park said. Spokesman Terkula Agber said: “That report is completely false.”";

        Assert.Equal(Stance.Disputes, TestExtraction.Extract(Text).QuoteStarting("That report").Response?.Stance);
    }

    [Fact]
    public void A_pronoun_never_means_the_writer_a_byline_names()
    {
        const string Text = "Bank buys society\n\nMaeve Dunmore, Banking Correspondent\n\nThe chief executive, Rufus Tallack, defended the deal on Tuesday.\n\n"
            + "\u2018No branch will close because of this deal for three years,\u2019 he told reporters.\n\n"
            + "Mr Tallack said he had spent the autumn visiting branches. One long-standing member, he said, had put it to him bluntly: "
            + "\u2018She looked at me and said, \u201CYou will be gone in five years and we will still be here.\u201D\u2019";

        var quotes = TestExtraction.Extract(Text).Quotes;

        Assert.NotEmpty(quotes);
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Maeve Dunmore");
    }

    [Fact]
    public void Words_an_unnamed_relative_or_coach_said_inside_a_quote_are_theirs()
    {
        const string Text = "Chess\n\nNoor Haddad won the final game. \u201CMy coach told me, \u2018Play the board, not the rating.\u2019 So I played the board,\u201D Haddad said.";

        var nested = TestExtraction.Extract(Text).QuoteStarting("Play the board");

        Assert.Equal(new SpeakerRef("Noor Haddad's coach", SpeakerKind.Anonymous), nested.Speaker);
    }

    [Theory]
    [InlineData("\u201CZbyszek Wierzba sat beside me on the bus and he did not say a word. At the hotel he turned to me and told me, \u2018Row your own race, never theirs.\u2019 I will never forget it,\u201D Horak said.", "Zbyszek Wierzba")]
    [InlineData("Horak said: \u201CHedvika Novakova rang me from Olomouc. Before the final she said, \u2018Nobody expects anything from you, so enjoy it.\u2019 And I did.\u201D", "Hedvika Novakova")]
    public void He_or_she_inside_a_quote_who_says_nested_words_is_the_one_the_quote_named_before(string paragraph, string teller)
    {
        var text = "Rowing\n\nPavel Horak won the single sculls on Sunday.\n\n" + paragraph;

        var article = TestExtraction.Extract(text);

        Assert.Equal(teller, article.SpeakerOf(paragraph.Contains("Row your", StringComparison.Ordinal) ? "Row your own race" : "Nobody expects"));
    }

    [Fact]
    public void A_listener_in_a_town_speaks_unnamed_and_the_town_stays_a_place()
    {
        const string Text = "Radio\n\nWe have had a lot of texts. One from a listener in Tokoroa says, \"My son was lost in the hills in 1998 and they brought him home too.\"";

        var article = TestExtraction.Extract(Text);

        Assert.Equal(SpeakerKind.Anonymous, Assert.Single(article.Quotes).Speaker?.Kind);
        Assert.Contains(article.Places, p => p.Name == "Tokoroa");
        Assert.Empty(article.Organizations);
    }

    [Fact]
    public void Of_the_people_a_lead_names_a_possessor_does_not_speak()
    {
        const string Text = "Vote\n\nState Rep. Derek Amundsen, D-Tacoma, who was at Marisol Etheridge's party, said voters were \"tired of shouting and hungry for fixing.\"";

        Assert.Equal("Derek Amundsen", Assert.Single(TestExtraction.Extract(Text).Quotes).Speaker?.Name);
    }

    [Fact]
    public void A_romanian_association_is_an_organization_that_speaks()
    {
        const string Text = "Port\n\nThe terminal operators' association, the Asocia\u021Bia Operatorilor Portuari, said in a statement that the strike was \"illegal in its form and disproportionate in its demands.\"";

        Assert.Equal(new SpeakerRef("Asocia\u021Bia Operatorilor Portuari", SpeakerKind.Organization), Assert.Single(TestExtraction.Extract(Text).Quotes).Speaker);
    }

    [Fact]
    public void A_colon_hands_the_quote_to_the_one_person_the_sentence_names()
    {
        const string Text = "Port\n\nIts director general, Cristian Vladescu, was more conciliatory when reached by phone: \"Nobody disputes that there is money owed.\"";

        Assert.Equal("Cristian Vladescu", Assert.Single(TestExtraction.Extract(Text).Quotes).Speaker?.Name);
    }

    [Fact]
    public void Her_husband_is_the_husband_the_article_named_and_her_nan_an_unnamed_source_not_she()
    {
        const string Text = "Farm\n\nAnn Lee runs the farm with her husband, Tom Lee. \"We will sell,\" she said.\n\n"
            + "Her husband said, \"We will not sell this year, whatever the bank says.\"\n\nHer nan used to say, \"The bush does not care how fit you are.\"";

        var article = TestExtraction.Extract(Text);

        Assert.Equal("Tom Lee", article.SpeakerOf("We will not sell"));
        Assert.Equal(new SpeakerRef("her nan", SpeakerKind.Anonymous), article.QuoteStarting("The bush").Speaker);
    }

    [Theory]
    [InlineData("Tomasz Brzezinski grew up on the harbour. \u201CPapa would come home late and say, \u2018The sea keeps whatever it wants, Tomek.\u2019 Nobody argued,\u201D Brzezinski said.", "The sea keeps")]
    [InlineData("Ewa Lind ran the clinic for a decade. \u201CPeople would come to me every winter and say, \u2018My chest feels like a drum at night.\u2019 So we opened early,\u201D Lind said.", "My chest feels")]
    [InlineData("Goran Petric lost his job in May. \u201CIn March the director stood in front of the crew and said, \u2018This film will open the festival.\u2019 Then it was gone,\u201D Petric said.", "This film will open")]
    public void Words_an_unnamed_subject_says_inside_a_quote_are_kept_as_theirs(string text, string start)
    {
        var nested = TestExtraction.Extract(text).QuoteStarting(start);

        Assert.Equal(SpeakerKind.Anonymous, nested.Speaker?.Kind);
    }

    [Fact]
    public void Words_mum_says_inside_a_quote_are_the_mother_s_the_article_named()
    {
        const string Text = "Ines Varga said her family was relieved. Her mother, Dorota Varga, sat through every hearing.\n\n"
            + "\u201CMum kept saying, \u2018The truth will come out in this room,\u2019\u201D Ms Varga said. \u201CI think it did.\u201D";

        Assert.Equal("Dorota Varga", TestExtraction.Extract(Text).SpeakerOf("The truth will come"));
    }

    [Fact]
    public void Words_his_reply_says_inside_a_quote_are_those_of_the_man_the_quote_named()
    {
        const string Text = "The landlord, Ronan Castell, denied the claims. Priya Nandakumar said the tenants wrote to him four times.\n\n"
            + "\u201CMr Castell answered once. His reply said, \u2018Buy a fan, it is only the summer.\u2019\u201D Nandakumar said.";

        Assert.Equal("Ronan Castell", TestExtraction.Extract(Text).SpeakerOf("Buy a fan"));
    }

    [Fact]
    public void Words_imagined_in_the_speaker_s_own_quote_are_the_speaker_s()
    {
        const string Text = "Zofia Krawiec still cannot believe the casting.\n\n"
            + "\u201CI kept waiting for the call,\u201D Krawiec says. \u201CLike an agent would ring me on the last night and say, \u2018Sorry, we meant the other Zofia.\u2019\u201D";

        Assert.Equal("Zofia Krawiec", TestExtraction.Extract(Text).SpeakerOf("Sorry, we meant"));
    }

    [Theory]
    [InlineData("The Harlow Water Board told the Gazette it had no plans to raise charges. \u201CThere will be no increase in charges this year,\u201D a spokesperson said in an email.")]
    [InlineData("The Harlow Water Board has not commented on the leak.\n\nA company spokeswoman said: \u201CThere will be no increase in charges this year.\u201D")]
    public void An_unnamed_spokesperson_speaks_for_the_organization_named_last(string text)
    {
        Assert.Equal(new SpeakerRef("Harlow Water Board", SpeakerKind.Organization), TestExtraction.Extract(text).QuoteStarting("There will be no increase").Speaker);
    }

    [Fact]
    public void A_spokesperson_for_a_family_stays_unnamed()
    {
        const string Text = "The Harlow Water Board has not commented.\n\n\u201CThey deserve the truth about that night,\u201D a spokesperson for the family said.";

        Assert.Equal(SpeakerKind.Anonymous, TestExtraction.Extract(Text).QuoteStarting("They deserve").Speaker?.Kind);
    }

    [Theory]
    [InlineData("The government of Iceland issued a short statement saying it had \u201Cacted within the agreement at every stage.\u201D", "Government of Iceland")]
    [InlineData("A statement from the government of the Cook Islands said it had \u201Cacted within the agreement at every stage.\u201D", "Government of the Cook Islands")]
    public void The_government_of_a_country_is_an_organization_that_speaks_through_its_statement(string text, string government)
    {
        var article = TestExtraction.Extract(text);

        Assert.Contains(government, article.Organizations.Select(o => o.Name));
        Assert.Equal(new SpeakerRef(government, SpeakerKind.Organization), article.QuoteStarting("acted within").Speaker);
    }

    [Theory]
    [InlineData("Staff received an email from chief executive Runa Solberg at dawn. The email, which was passed to the Ledger by three employees, said the project \u201Cno longer fits the plan we agreed with our investors.\u201D")]
    [InlineData("Tenants were sent a letter from Runa Solberg on Friday.\n\nThe letter says the building \u201Cno longer fits the plan we agreed with our investors.\u201D")]
    public void What_an_email_or_letter_says_is_said_by_whoever_it_is_from(string text)
    {
        Assert.Equal("Runa Solberg", TestExtraction.Extract(text).SpeakerOf("no longer fits"));
    }

    [Theory]
    [InlineData("Ilse Brandt spoke first. \u201CA grower in Murcia said to me last month, \u2018I need a machine that turns up on Sunday.\u2019 That is the market,\u201D she said.\n\nA grower in Murcia said: \u201CWe cannot find pickers for the night shift any more.\u201D", "We cannot find pickers")]
    [InlineData("Ilse Brandt spoke first.\n\n\u201CWe cannot find pickers for the night shift any more,\u201D said one of the firefighters, who asked not to be named.", "We cannot find pickers")]
    [InlineData("Ilse Brandt spoke first.\n\nA curator at another Nordic museum, who asked not to be named, said: \u201CWe cannot find pickers for the night shift any more.\u201D", "We cannot find pickers")]
    public void Growers_and_firefighters_are_unnamed_sources_too(string text, string start)
    {
        Assert.Equal(SpeakerKind.Anonymous, TestExtraction.Extract(text).QuoteStarting(start).Speaker?.Kind);
    }

    [Fact]
    public void She_after_the_minister_s_in_a_paragraph_naming_no_one_is_the_minister()
    {
        const string Text = "Ingrid Holm, the minister of fisheries, spoke in Tromso on Monday. \u201CThe quotas will stand,\u201D Holm said.\n\n"
            + "Reporter Sigrid Aas asked the harbour master about the ice. \u201CIt is thinner than last year,\u201D she said.\n\n"
            + "More from the minister's briefing. Asked whether boats would be compensated, she said: \u201CEvery crew that lost a season will be paid.\u201D";

        Assert.Equal("Ingrid Holm", TestExtraction.Extract(Text).SpeakerOf("Every crew"));
    }

    [Fact]
    public void A_sentence_opening_with_she_that_brings_in_a_quote_with_a_colon_is_hers()
    {
        const string Text = "Ingrid Holm, the minister of fisheries, spoke in Tromso on Monday. \u201CThe quotas will stand,\u201D Holm said.\n\n"
            + "She also had a message for crews watching the storm: \u201CNobody goes out in this weather, whatever the catch.\u201D";

        Assert.Equal("Ingrid Holm", TestExtraction.Extract(Text).SpeakerOf("Nobody goes out"));
    }

    [Fact]
    public void The_official_is_the_unnamed_official_introduced_since_the_named_one_was_last_mentioned()
    {
        const string Text = "Harriet Vance, a trade official, opened the talks in Bergen on Monday.\n\n"
            + "A senior EU official, who spoke on condition of anonymity, said the gap between the parties had widened.\n\n"
            + "\u201CEveryone came here saying the stock comes first,\u201D the official said.";

        Assert.Equal(SpeakerKind.Anonymous, TestExtraction.Extract(Text).QuoteStarting("Everyone came here").Speaker?.Kind);
    }

    [Fact]
    public void Whoever_asked_not_to_be_named_is_an_unnamed_source()
    {
        const string Text = "Tomas Reyes, 71, escaped with his wife. \u201CIt took one minute,\u201D Reyes said.\n\n"
            + "Rescuers were still digging by hand. One of them, who asked not to be named because he was not authorised to speak, said: \u201CWe move everything with shovels up here.\u201D";

        Assert.Equal(SpeakerKind.Anonymous, TestExtraction.Extract(Text).QuoteStarting("We move everything").Speaker?.Kind);
    }

    [Theory]
    [InlineData("Ana Ruiz led the search for four days.\n\n\u201CWe will never be able to thank the searchers enough,\u201D the nurse said.")]
    [InlineData("Ana Ruiz led the search for four days.\n\n\u201CWe will never be able to thank the searchers enough,\u201D the family said in a statement.")]
    public void The_family_speaks_unnamed(string text)
    {
        Assert.Equal(SpeakerKind.Anonymous, TestExtraction.Extract(text).QuoteStarting("We will never").Speaker?.Kind);
    }
}
