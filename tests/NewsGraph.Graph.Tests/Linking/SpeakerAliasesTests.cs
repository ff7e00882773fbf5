using NewsGraph.Extraction;
using NewsGraph.Graph.Linking;
using static NewsGraph.Graph.Tests.Linking.Occurrences;

namespace NewsGraph.Graph.Tests.Linking;

/// <summary>A speaker one article names by a short form is, across articles, the one speaker that form stands for.</summary>
public class SpeakerAliasesTests
{
    private const string Bridge = "The bridge over the fjord will reopen before the first snow falls on the pass.";
    private const string Ferry = "Nobody on the island should have to wait three days for a ferry seat.";

    private static readonly SpeakerRef Tveitane = new("Tveitane", SpeakerKind.Person);
    private static readonly SpeakerRef IlseTveitane = new("Ilse Tveitane", SpeakerKind.Person);
    private static readonly SpeakerRef PerTveitane = new("Per Tveitane", SpeakerKind.Person);

    [Fact]
    public void A_surname_alone_in_one_article_is_the_one_speaker_of_that_surname_in_another()
    {
        var links = QuoteLinks.Build([("a.txt", Article(Quote(Tveitane, Bridge))), ("b.txt", Article(Quote(IlseTveitane, Bridge)))]);

        Assert.Equal(links.QuoteStatements[("a.txt", 0)], links.QuoteStatements[("b.txt", 0)]);
        Assert.Equal(NodeIds.Person("Ilse Tveitane"), Assert.Single(links.Units).Speaker);
    }

    [Fact]
    public void A_surname_two_speakers_share_joins_the_one_whose_words_it_quotes()
    {
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(Tveitane, Bridge))),
            ("b.txt", Article(Quote(IlseTveitane, Bridge), Quote(PerTveitane, Ferry))),
        ]);

        Assert.Equal(2, links.Units.Count);
        Assert.NotEqual(links.QuoteStatements[("a.txt", 0)], links.QuoteStatements[("b.txt", 1)]);
        Assert.Equal(links.QuoteStatements[("a.txt", 0)], links.QuoteStatements[("b.txt", 0)]);
    }

    [Fact]
    public void An_organization_quoted_under_an_alias_one_article_gives_it_is_that_organization()
    {
        var grid = new OrganizationEntity("Baltic Grid Authority", ["BaltGrid"], 2, OrganizationKind.Government);
        var named = Article(Quote(new SpeakerRef("Baltic Grid Authority", SpeakerKind.Organization), Ferry)) with { Organizations = [grid] };
        var shortened = Article(Quote(new SpeakerRef("BaltGrid", SpeakerKind.Organization), Ferry));

        var links = QuoteLinks.Build([("a.txt", named), ("b.txt", shortened)]);

        Assert.Equal(links.QuoteStatements[("a.txt", 0)], links.QuoteStatements[("b.txt", 0)]);
    }

    [Theory]
    [InlineData("Bodnár Zsófia", "Zsófia Bodnár")]
    [InlineData("Jang Ji-hoon", "Ji-hoon Jang")]
    public void A_name_given_family_name_first_in_one_article_and_given_name_first_in_another_is_one_speaker(string familyFirst, string givenFirst)
    {
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(new SpeakerRef(familyFirst, SpeakerKind.Person), Bridge))),
            ("b.txt", Article(Quote(new SpeakerRef(givenFirst, SpeakerKind.Person), Bridge))),
        ]);

        Assert.Equal(links.QuoteStatements[("a.txt", 0)], links.QuoteStatements[("b.txt", 0)]);
    }

    [Fact]
    public void A_surname_alone_joins_a_speaker_named_in_both_orders()
    {
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(new SpeakerRef("Sato Haruki", SpeakerKind.Person), Bridge))),
            ("b.txt", Article(Quote(new SpeakerRef("Haruki Sato", SpeakerKind.Person), Bridge))),
            ("c.txt", Article(Quote(new SpeakerRef("Sato", SpeakerKind.Person), Bridge))),
        ]);

        Assert.Single(links.Units);
        Assert.Single(links.QuoteStatements.Values.Distinct());
    }

    [Fact]
    public void A_person_and_an_organization_of_the_same_word_stay_two_speakers()
    {
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(new SpeakerRef("Vestergaard", SpeakerKind.Organization), Bridge))),
            ("b.txt", Article(Quote(new SpeakerRef("Anna Vestergaard", SpeakerKind.Person), Bridge))),
        ]);

        Assert.NotEqual(links.QuoteStatements[("a.txt", 0)], links.QuoteStatements[("b.txt", 0)]);
    }
}
