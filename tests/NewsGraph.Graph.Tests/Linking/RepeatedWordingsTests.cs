using NewsGraph.Graph.Linking;
using static NewsGraph.Graph.Tests.Linking.Occurrences;

namespace NewsGraph.Graph.Tests.Linking;

public class RepeatedWordingsTests
{
    private const string Post = "The reservoir wall has cracked, leave the valley tonight.";

    [Fact]
    public void Of_many_repeats_only_the_first_and_one_of_another_quote_are_compared()
    {
        var ordered = Enumerable.Range(0, 50).Select(q => Full("forum.txt", null, Post, quote: q)).ToList();
        var groups = new UnionFind(ordered.Count);

        var compared = RepeatedWordings.JoinRepeats(ordered, groups, StatementLinker.AreSame);

        Assert.Equal([0, 1], compared);
        Assert.All(Enumerable.Range(2, 48), i => Assert.Equal(groups.Find(0), groups.Find(i)));
    }

    [Fact]
    public void Repeats_of_one_wording_by_different_speakers_are_all_compared()
    {
        List<StatementOccurrence> ordered = [Full("a.txt", Calloway, Post), Full("b.txt", Okafor, Post), Full("c.txt", null, Post)];

        Assert.Equal([0, 1, 2], RepeatedWordings.JoinRepeats(ordered, new UnionFind(3), StatementLinker.AreSame));
    }

    [Fact]
    public void Repeats_too_short_to_be_one_statement_are_all_compared()
    {
        // Two content words as fragments of unknown speakers: too few to link, so each stays on its own.
        var ordered = Enumerable.Range(0, 4).Select(q => Fragment("a.txt", null, "cracked wall", quote: q)).ToList();

        Assert.Equal([0, 1, 2, 3], RepeatedWordings.JoinRepeats(ordered, new UnionFind(4), StatementLinker.AreSame));
    }

    [Fact]
    public void A_quote_that_holds_the_first_repeat_still_links_to_the_others()
    {
        // The first repeat and a longer run are units of one quote, which are never compared with each other; the
        // run still reaches the repeats through a copy in another quote.
        var run = Full("wire.txt", Calloway, "The reservoir wall has cracked, leave the valley tonight, and take the north road.", quote: 0, unit: 1);
        List<StatementOccurrence> occurrences =
        [
            Full("wire.txt", Calloway, Post, quote: 0, unit: 0),
            run,
            .. Enumerable.Range(1, 5).Select(q => Full("wire.txt", Calloway, Post, quote: q)),
        ];

        var statements = StatementLinker.Link(occurrences);

        Assert.Single(statements);
        Assert.Equal(occurrences.Count, StatementOf(statements, run).Occurrences.Count);
    }

    [Fact]
    public void Thousands_of_repeated_anonymous_posts_link_as_one_statement_with_the_speaker_who_wrote_it()
    {
        List<StatementOccurrence> occurrences =
        [
            .. Enumerable.Range(0, 3000).Select(q => Full("feed.txt", null, Post, quote: q)),
            Full("wire.txt", Calloway, "The reservoir wall has cracked; leave the valley tonight."),
        ];

        var statement = Assert.Single(StatementLinker.Link(occurrences));
        Assert.Equal(Calloway, statement.Speaker);
    }
}
