using NewsGraph.Graph.Linking;
using static NewsGraph.Graph.Tests.Linking.Occurrences;

namespace NewsGraph.Graph.Tests.Linking;

public class StatementLinkerTests
{
    [Fact]
    public void Same_speaker_with_a_word_swapped_is_one_statement()
    {
        var statements = StatementLinker.Link([Full("a.txt", Calloway, PublicMoney), Full("b.txt", Calloway, TaxpayersMoney)]);

        var statement = Assert.Single(statements);
        Assert.Equal(Calloway, statement.Speaker);
        Assert.Equal(["a.txt", "b.txt"], statement.Occurrences.Select(o => o.Occurrence.Article));
    }

    [Theory]
    // Three content words shared of ten (overlap exactly 0.3), and five function words: one statement.
    [InlineData("the harbour budget ferry council vote tunnel of the and to in", "the harbour budget ferry bridge rail port grant of the and to in", false, 0.3, true)]
    // Two shared of eleven: two statements.
    [InlineData("the harbour budget council vote tunnel quay of the and to in", "the harbour budget bridge rail port grant pier of the and to in", false, 0.182, false)]
    // A fragment of five content words, four of them in the quote (containment exactly 0.8): one statement.
    [InlineData("harbour budget ferry council zebra", "harbour budget ferry council bridge rail port grant pier quay dock lock canal", true, 0.8, true)]
    // Three of five: two statements.
    [InlineData("harbour budget ferry zebra yacht", "harbour budget ferry council bridge rail port grant pier quay dock lock canal", true, 0.6, false)]
    public void Quotes_of_one_speaker_link_exactly_at_the_overlap_and_containment_thresholds(string first, string second, bool firstIsFragment, double ratio, bool same)
    {
        var a = new StatementOccurrence("a.txt", 0, 0, Calloway, first, firstIsFragment);
        var b = Full("b.txt", Calloway, second);

        var statements = StatementLinker.Link([a, b]);

        Assert.Equal(ratio, firstIsFragment ? Wording.Containment(a.ContentWords, b.ContentWords) : Wording.Jaccard(a.ContentWords, b.ContentWords), 3);
        Assert.Equal(same, StatementLinker.AreSame(a, b));
        Assert.Equal(same ? 1 : 2, statements.Count);
    }

    [Fact]
    public void The_same_fragment_under_a_known_and_an_unknown_speaker_is_one_statement_in_either_order()
    {
        var known = Fragment("a.txt", Calloway, "a sudden loss of power to the signal cabin");
        var unknown = Fragment("b.txt", null, "a sudden loss of power to the signal cabin");

        Assert.True(StatementLinker.AreSame(known, unknown));
        Assert.True(StatementLinker.AreSame(unknown, known));
        Assert.Single(StatementLinker.Link([known, unknown]));
    }

    [Fact]
    public void A_few_words_a_heading_quotes_whole_link_to_the_same_speakers_quote_that_holds_them()
    {
        var heading = Full("a.txt", Calloway, "a channel nobody uses");
        var quote = Full("b.txt", Calloway, PublicMoney);

        Assert.True(StatementLinker.AreSame(heading, quote));
        Assert.Single(StatementLinker.Link([heading, quote]));
    }

    [Fact]
    public void A_few_words_quoted_whole_by_an_unknown_speaker_do_not_link_by_containment()
    {
        Assert.False(StatementLinker.AreSame(Full("a.txt", null, "a channel nobody uses"), Full("b.txt", Calloway, PublicMoney)));
    }

    [Fact]
    public void An_unattributed_sentence_held_whole_in_a_known_speakers_longer_quote_joins_that_speakers_statement()
    {
        // A wire story quotes the whole answer with its speaker; a radio bulletin quotes a shortened sentence of it without one.
        var answer = Full("wire.txt", Okafor, "We waited four days at the border crossing and slept in the lorry cab, all nineteen of us.");
        var bulletin = Full("bulletin.txt", null, "We slept in the lorry cab, all nineteen of us.");

        var statements = StatementLinker.Link([answer, bulletin]);

        Assert.True(StatementLinker.AreSame(bulletin, answer));
        Assert.True(StatementLinker.AreSame(answer, bulletin));
        var statement = Assert.Single(statements);
        Assert.Equal(Okafor, statement.Speaker);
    }

    [Theory]
    // The words out of order: a different sentence built of the same words.
    [InlineData("All nineteen of us slept in the lorry cab.")]
    // One word the longer quote does not hold.
    [InlineData("We slept in the lorry cab, all twenty of us.")]
    // Held whole, but too short to be nobody else's words.
    [InlineData("We slept in the cab.")]
    public void An_unattributed_quote_not_held_whole_or_too_short_stays_apart_from_a_longer_quote(string unattributed)
    {
        var answer = Full("wire.txt", Okafor, "We waited four days at the border crossing and slept in the lorry cab, all nineteen of us, and nobody came.");

        Assert.Equal(2, StatementLinker.Link([answer, Full("bulletin.txt", null, unattributed)]).Count);
    }

    [Fact]
    public void An_unattributed_sentence_that_a_known_speaker_quotes_someone_else_saying_does_not_join_that_speaker()
    {
        // The minister reads out a rumour to deny it; a blog repeats the rumour with no source.
        var minister = Full("presser.txt", Calloway, "Someone wrote online that \u2018the dam at Velmor has cracked and the valley must be evacuated tonight\u2019, and that is false.");
        var rumour = Full("blog.txt", null, "The dam at Velmor has cracked and the valley must be evacuated");

        Assert.False(StatementLinker.AreSame(rumour, minister));
        Assert.Equal(2, StatementLinker.Link([minister, rumour]).Count);
    }

    [Fact]
    public void A_sentence_held_whole_in_the_quotes_of_two_known_speakers_joins_neither()
    {
        // The first overlaps the unattributed sentence enough to link; the second only holds it whole.
        var first = Full("a.txt", Calloway, "Nobody told the ferry crews that the timetable had been cut in half.");
        var second = Full("b.txt", Okafor, "Frankly, and I said this to the minister on Tuesday, nobody told the ferry crews that the winter timetable had been cut.");
        var unattributed = Full("c.txt", null, "Nobody told the ferry crews that the timetable had been cut.");

        var statements = StatementLinker.Link([first, second, unattributed]);

        Assert.Equal(3, statements.Count);
        Assert.Null(StatementOf(statements, unattributed).Speaker);
    }

    [Fact]
    public void Different_known_speakers_never_link_even_with_identical_words()
    {
        var calloway = Full("a.txt", Calloway, PublicMoney);
        var okafor = Full("b.txt", Okafor, PublicMoney);

        var statements = StatementLinker.Link([calloway, okafor]);

        Assert.False(StatementLinker.AreSame(calloway, okafor));
        Assert.Equal(2, statements.Count);
        Assert.NotEqual(statements[0].Id, statements[1].Id);
        Assert.Equal(Calloway, StatementOf(statements, calloway).Speaker);
        Assert.Equal(Okafor, StatementOf(statements, okafor).Speaker);
    }

    [Fact]
    public void Different_known_speakers_do_not_link_through_an_unattributed_copy()
    {
        var calloway = Full("a.txt", Calloway, PublicMoney);
        var unattributed = Full("b.txt", null, PublicMoney);
        var okafor = Full("c.txt", Okafor, PublicMoney);

        var statements = StatementLinker.Link([calloway, unattributed, okafor]);

        Assert.NotEqual(StatementOf(statements, calloway).Id, StatementOf(statements, okafor).Id);
        Assert.DoesNotContain(statements, s => s.Occurrences.Count(o => o.Occurrence.Speaker is not null) > 1);
        Assert.Null(StatementOf(statements, unattributed).Speaker);
    }

    [Fact]
    public void An_unattributed_copy_joins_the_one_known_speaker_it_matches()
    {
        var statements = StatementLinker.Link([Full("a.txt", null, PublicMoney), Full("b.txt", Calloway, TaxpayersMoney)]);

        var statement = Assert.Single(statements);
        Assert.Equal(Calloway, statement.Speaker);
        Assert.Equal(NodeIds.Claim(Calloway, statement.Canonical), statement.Id);
    }

    [Theory]
    [InlineData(Calloway, Calloway, 1)]
    [InlineData(Calloway, null, 2)]
    [InlineData(null, Calloway, 2)]
    [InlineData(null, null, 2)]
    public void A_loose_rewording_links_only_when_both_have_the_same_known_speaker(string? first, string? second, int statementCount)
    {
        var overlap = Wording.Jaccard(Wording.Words(PublicMoney), Wording.Words(LooseRewording));
        Assert.InRange(overlap, StatementLinker.SameSpeakerOverlap, StatementLinker.UnknownSpeakerOverlap - 0.01);

        var statements = StatementLinker.Link([Full("a.txt", first, PublicMoney), Full("b.txt", second, LooseRewording)]);

        Assert.Equal(statementCount, statements.Count);
    }

    [Fact]
    public void A_same_speaker_rewording_that_keeps_the_gist_is_one_statement()
    {
        var statements = StatementLinker.Link([Full("a.txt", Calloway, "Nobody wanted this strike to last."), Full("b.txt", Calloway, "Nobody wanted the strike to go on.")]);

        Assert.Single(statements);
    }

    [Fact]
    public void Two_statements_of_one_speaker_that_share_only_a_frame_stay_apart()
    {
        var statements = StatementLinker.Link([Full("a.txt", Calloway, "We will not raise taxes this year."), Full("b.txt", Calloway, "We will build two new hospitals this year.")]);

        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void A_fragment_links_by_containment_to_its_full_quote()
    {
        var full = Full("a.txt", Calloway, "This plan is dead on arrival,");
        var fragment = Fragment("b.txt", Calloway, "dead on arrival");

        var statement = Assert.Single(StatementLinker.Link([fragment, full]));

        Assert.False(statement.IsParaphrase);
        Assert.Equal("This plan is dead on arrival.", statement.Canonical);
        var linked = statement.Occurrences.Single(o => o.Occurrence == fragment);
        Assert.False(linked.Altered);
        Assert.Equal(1.0, linked.Similarity);
    }

    [Fact]
    public void A_fragment_whose_words_are_not_in_a_row_is_altered()
    {
        var fragment = Fragment("b.txt", Calloway, "plan dead on arrival");

        var statement = Assert.Single(StatementLinker.Link([Full("a.txt", Calloway, "This plan is dead on arrival,"), fragment]));

        Assert.True(statement.Occurrences.Single(o => o.Occurrence == fragment).Altered);
    }

    [Fact]
    public void A_full_quote_of_part_of_the_statement_word_for_word_is_not_altered()
    {
        const string Whole = "As for the budget, this plan is dead on arrival in the Senate,";
        var part = Full("c.txt", Calloway, "this plan is dead on arrival in the Senate.");

        var statement = Assert.Single(StatementLinker.Link([Full("a.txt", Calloway, Whole), Full("b.txt", Calloway, Whole), part]));

        Assert.Equal("As for the budget, this plan is dead on arrival in the Senate.", statement.Canonical);
        var linked = statement.Occurrences.Single(o => o.Occurrence == part);
        Assert.Equal((1.0, false), (linked.Similarity, linked.Altered));
    }

    [Theory]
    [InlineData("dead on arrival", 2)]
    [InlineData("plan is dead on arrival", 1)]
    public void An_unattributed_fragment_needs_three_content_words_to_link(string fragment, int statementCount)
    {
        var statements = StatementLinker.Link([Full("a.txt", Calloway, "This plan is dead on arrival,"), Fragment("b.txt", null, fragment)]);

        Assert.Equal(statementCount, statements.Count);
    }

    [Fact]
    public void A_fragment_of_another_speaker_does_not_link()
    {
        var statements = StatementLinker.Link([Full("a.txt", Calloway, "This plan is dead on arrival,"), Fragment("b.txt", Okafor, "plan is dead on arrival")]);

        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void Fragments_alone_make_a_paraphrase_named_by_the_longest()
    {
        var statement = Assert.Single(StatementLinker.Link(
            [Fragment("a.txt", Calloway, "dead on arrival"), Fragment("b.txt", Calloway, "plan is dead on arrival")]));

        Assert.True(statement.IsParaphrase);
        Assert.Equal("plan is dead on arrival.", statement.Canonical);
    }

    [Fact]
    public void The_canonical_wording_is_the_one_most_articles_use()
    {
        var statement = Assert.Single(StatementLinker.Link(
        [
            Full("a.txt", Calloway, TaxpayersMoney),
            Full("b.txt", Calloway, PublicMoney),
            Full("c.txt", Calloway, "we will NOT pour public money into a channel that nobody uses."),
        ]));

        Assert.Equal("We will not pour public money into a channel that nobody uses.", statement.Canonical);
        Assert.Equal(NodeIds.Claim(Calloway, statement.Canonical), statement.Id);
    }

    [Fact]
    public void On_a_tie_the_canonical_wording_is_the_one_closest_to_the_others()
    {
        var statement = Assert.Single(StatementLinker.Link(
        [
            Full("a.txt", Calloway, "The fleet deserves a proper quay."),
            Full("b.txt", Calloway, "The fishing fleet deserves a quay."),
            Full("c.txt", Calloway, "The fishing fleet deserves a proper quay."),
        ]));

        Assert.Equal("The fishing fleet deserves a proper quay.", statement.Canonical);
    }

    [Fact]
    public void Each_occurrence_says_whether_and_how_far_it_departs_from_the_canonical_wording()
    {
        var canonical = Full("a.txt", Calloway, PublicMoney);
        var sameWords = Full("b.txt", Calloway, "WE WILL NOT POUR PUBLIC MONEY INTO A CHANNEL THAT NOBODY USES!");
        var drifted = Full("c.txt", Calloway, TaxpayersMoney);

        var statement = Assert.Single(StatementLinker.Link([canonical, sameWords, drifted]));

        var byOccurrence = statement.Occurrences.ToDictionary(o => o.Occurrence);
        Assert.Equal((1.0, false), (byOccurrence[canonical].Similarity, byOccurrence[canonical].Altered));
        Assert.Equal((1.0, false), (byOccurrence[sameWords].Similarity, byOccurrence[sameWords].Altered));
        Assert.True(byOccurrence[drifted].Altered);
        Assert.Equal(Math.Round(Wording.Jaccard(canonical.Words, drifted.Words), 3), byOccurrence[drifted].Similarity);
        Assert.InRange(byOccurrence[drifted].Similarity, 0.5, 0.99);
    }

    [Fact]
    public void Two_different_statements_of_one_speaker_get_different_ids()
    {
        var statements = StatementLinker.Link(
        [
            Full("a.txt", Calloway, PublicMoney),
            Full("a.txt", Calloway, Quay, quote: 1),
        ]);

        Assert.Equal(2, statements.Count);
        Assert.NotEqual(statements[0].Id, statements[1].Id);
    }

    [Fact]
    public void Units_of_one_quote_are_separate_statements_even_when_alike()
    {
        var statements = StatementLinker.Link([Full("a.txt", Calloway, PublicMoney, unit: 0), Full("a.txt", Calloway, LooseRewording, unit: 1)]);

        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void A_sentence_repeated_within_one_quote_is_one_statement()
    {
        var statements = StatementLinker.Link([Full("a.txt", Calloway, PublicMoney, unit: 0), Full("a.txt", Calloway, PublicMoney, unit: 1)]);

        Assert.Single(statements);
    }

    [Fact]
    public void Fragments_too_short_to_link_but_with_the_same_words_and_speaker_share_their_statement()
    {
        var unattributed = Fragment("a.txt", null, "completely false");

        var statements = StatementLinker.Link([unattributed, Fragment("b.txt", null, "completely false"), Fragment("c.txt", Okafor, "completely false")]);

        Assert.Equal(2, statements.Count);
        Assert.Equal(["a.txt", "b.txt"], StatementOf(statements, unattributed).Occurrences.Select(o => o.Occurrence.Article));
    }

    [Fact]
    public void Statements_and_their_occurrences_follow_article_quote_and_unit_order()
    {
        var statements = StatementLinker.Link(
        [
            Full("b.txt", Calloway, PublicMoney),
            Full("b.txt", Okafor, "The port will reopen on Monday, whatever the council decides.", quote: 1),
            Full("a.txt", Okafor, "The port will reopen on Monday whatever the council decides.", quote: 3),
            Full("a.txt", Calloway, TaxpayersMoney, quote: 5),
        ]);

        Assert.Equal([Okafor, Calloway], statements.Select(s => s.Speaker));
        Assert.All(statements, s => Assert.Equal(["a.txt", "b.txt"], s.Occurrences.Select(o => o.Occurrence.Article)));
    }

    [Fact]
    public void The_statements_do_not_depend_on_the_order_of_the_occurrences()
    {
        var occurrences = Mixed();
        var statements = StatementLinker.Link(occurrences);
        Assert.InRange(statements.Count, 4, occurrences.Length - 2);
        Assert.Distinct(statements.Select(s => s.Id));
        var expected = Describe(statements);

        var random = new Random(20240502);
        for (var round = 0; round < 200; round++)
        {
            random.Shuffle(occurrences);

            Assert.Equal(expected, Describe(StatementLinker.Link(occurrences)));
        }
    }

    [Fact]
    public void Linking_more_occurrences_gives_what_linking_them_all_together_gives()
    {
        foreach (var (occurrences, seed) in new[] { (Mixed(), 20261207), (Drifting(), 20261208) })
        {
            var expected = Describe(StatementLinker.Link(occurrences));

            var random = new Random(seed);
            for (var round = 0; round < 200; round++)
            {
                var added = occurrences.Where(_ => random.Next(3) == 0).ToList();
                var linked = StatementLinker.Link([.. occurrences.Except(added)]);

                Assert.Equal(expected, Describe(StatementLinker.LinkMore(linked, added)));
            }
        }
    }

    [Fact]
    public void Many_near_identical_quotes_are_linked_whatever_their_order()
    {
        var occurrences = Drifting();
        var statements = StatementLinker.Link(occurrences);
        Assert.InRange(statements.Count, 4, occurrences.Length / 4);
        Assert.Contains(statements, s => s.Occurrences.Count >= 40);
        var expected = Describe(statements);

        var random = new Random(20261210);
        for (var round = 0; round < 50; round++)
        {
            random.Shuffle(occurrences);

            Assert.Equal(expected, Describe(StatementLinker.Link(occurrences)));
        }
    }

    [Fact]
    public void A_speaker_added_later_takes_an_unattributed_copy_away_from_the_statement_it_had_joined()
    {
        var calloway = Full("a.txt", Calloway, PublicMoney);
        var unattributed = Full("b.txt", null, PublicMoney);
        var okafor = Full("c.txt", Okafor, PublicMoney);
        var other = Full("d.txt", Okafor, Quay);
        var linked = StatementLinker.Link([calloway, unattributed, other]);
        Assert.Equal(2, linked.Count);

        var statements = StatementLinker.LinkMore(linked, [okafor]);

        Assert.Equal(Describe(StatementLinker.Link([calloway, unattributed, okafor, other])), Describe(statements));
        Assert.Null(StatementOf(statements, unattributed).Speaker);
        Assert.Single(StatementOf(statements, calloway).Occurrences);
    }

    // Two speakers and unattributed copies, rewordings, fragments, units of one quote, and fragments too short to link
    // that share an id.
    private static StatementOccurrence[] Mixed() =>
    [
        Full("a.txt", Calloway, PublicMoney),
        Fragment("a.txt", Calloway, "dead on arrival", quote: 1),
        Full("b.txt", Calloway, TaxpayersMoney),
        Full("b.txt", Calloway, "This plan is dead on arrival,", quote: 1),
        Full("b.txt", Okafor, "The port will reopen on Monday, whatever the council decides.", quote: 2),
        Full("c.txt", null, "We will not pour public money into a channel that nobody uses"),
        Full("c.txt", Okafor, PublicMoney, quote: 1),
        Full("c.txt", Okafor, "The port will reopen on Monday whatever the council decides.", quote: 1, unit: 1),
        Fragment("d.txt", null, "port will reopen on Monday"),
        Fragment("d.txt", Calloway, "plan is dead", quote: 1),
        Full("d.txt", Calloway, LooseRewording, quote: 2),
        Full("e.txt", null, "Nobody has told us anything about the dredging."),
        Full("f.txt", null, "Nobody has told us a thing about the dredging."),
        Fragment("g.txt", Okafor, "a disgrace"),
        Fragment("h.txt", Okafor, "a disgrace"),
    ];

    // Quotes relayed with their words drifting: many near-identical copies of a few quotes, by two speakers and
    // none, some as fragments, fragments too short to link that share an id, and wordings whose id changes.
    private static StatementOccurrence[] Drifting()
    {
        string[] quotes = [PublicMoney, Quay, "Nobody has told us anything about the dredging of the harbour channel."];
        string[] drift = ["really", "frankly", "today", "again", "honestly", "now"];
        string?[] speakers = [Calloway, Okafor, null, null, null, null];
        var random = new Random(7);
        var occurrences = new List<StatementOccurrence>();
        for (var article = 0; article < 240; article++)
        {
            var words = quotes[article % quotes.Length].Split(' ').ToList();
            words.Insert(random.Next(words.Count), drift[random.Next(drift.Length)]);
            var speaker = speakers[random.Next(speakers.Length)];
            var name = $"{article:D3}.txt";
            occurrences.Add(random.Next(10) == 0 ? Fragment(name, speaker, string.Join(' ', words.Take(6))) : Full(name, speaker, string.Join(' ', words)));
            if (random.Next(8) == 0)
            {
                occurrences.Add(Fragment(name, speaker, "a disgrace", quote: 1));
            }
        }

        // Two wordings with one id that are not one statement by their words, until two more quotes make the first's
        // canonical wording another.
        return [.. occurrences, Full("x1.txt", null, "The end."), Full("x2.txt", null, "End."), Full("x3.txt", null, "The end, the end."), Full("x4.txt", null, "The end, the end.")];
    }

    private static List<string> Describe(IReadOnlyList<LinkedStatement> statements) =>
        statements
            .Select(s => $"{s.Id} {s.Speaker} {s.Canonical} {s.IsParaphrase}: " + string.Join(", ", s.Occurrences.Select(o =>
                $"{o.Occurrence.Article}/{o.Occurrence.Quote}/{o.Occurrence.Unit} {o.Similarity} {o.Altered}")))
            .ToList();
}
