using NewsGraph.Extraction;
using NewsGraph.Graph.Linking;
using static NewsGraph.Graph.Tests.Linking.Occurrences;

namespace NewsGraph.Graph.Tests.Linking;

public class QuoteLinksTests
{
    private static readonly SpeakerRef CallowayRef = new("Henrietta Calloway", SpeakerKind.Person);

    [Fact]
    public void A_single_unit_quote_gets_its_units_statement()
    {
        var links = QuoteLinks.Build([("a.txt", Article(Quote(CallowayRef, PublicMoney))), ("b.txt", Article(Quote(CallowayRef, TaxpayersMoney)))]);

        var unit = Assert.Single(links.Units);
        Assert.Equal(unit.Id, links.QuoteStatements[("a.txt", 0)]);
        Assert.Equal(unit.Id, links.QuoteStatements[("b.txt", 0)]);
        Assert.Equal(Calloway, unit.Speaker);
        Assert.Equal([unit], links.Statements);
    }

    [Fact]
    public void A_quote_of_two_statements_one_article_quotes_apart_gets_a_composite_of_its_own()
    {
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(CallowayRef, PublicMoney, Quay))),
            ("b.txt", Written($"\"{TaxpayersMoney}\" Calloway said.\n\nLater she turned to the harbour.\n\n\"{QuayDrift}\"", Quote(CallowayRef, TaxpayersMoney), Quote(CallowayRef, QuayDrift))),
        ]);

        Assert.Equal(2, links.Units.Count);
        var channel = links.QuoteStatements[("b.txt", 0)];
        var quay = links.QuoteStatements[("b.txt", 1)];
        var compositeId = links.QuoteStatements[("a.txt", 0)];
        Assert.Equal([channel, quay], links.Units.Select(u => u.Id));
        Assert.DoesNotContain(compositeId, new[] { channel, quay });
        Assert.StartsWith("claim/", compositeId, StringComparison.Ordinal);

        var composite = Assert.Single(links.Statements, s => s.Id == compositeId);
        Assert.DoesNotContain(links.Units, u => u.Id == compositeId);
        Assert.Equal(links.Units[0].Canonical + " " + links.Units[1].Canonical, composite.Canonical);
        Assert.Equal(Calloway, composite.Speaker);
        Assert.Equal(["a.txt"], composite.Occurrences.Select(o => o.Occurrence.Article));
    }

    [Fact]
    public void Parts_of_a_run_that_different_articles_quote_alone_relay_the_run()
    {
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(CallowayRef, PublicMoney, Quay))),
            ("b.txt", Article(Quote(CallowayRef, TaxpayersMoney))),
            ("c.txt", Article(Quote(CallowayRef, QuayDrift))),
        ]);

        var compositeId = links.QuoteStatements[("a.txt", 0)];
        Assert.Equal(compositeId, links.QuoteStatements[("b.txt", 0)]);
        Assert.Equal(compositeId, links.QuoteStatements[("c.txt", 0)]);
    }

    [Fact]
    public void The_halves_of_a_split_quote_do_not_split_the_run_another_article_quotes_whole()
    {
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(CallowayRef, PublicMoney, Quay))),
            ("b.txt", Written($"HARBOUR TOWN (Wire) — \"{TaxpayersMoney}\" Calloway told reporters on the quayside. \"{QuayDrift}\"", Quote(CallowayRef, TaxpayersMoney), Quote(CallowayRef, QuayDrift))),
        ]);

        var compositeId = links.QuoteStatements[("a.txt", 0)];
        Assert.Equal(compositeId, links.QuoteStatements[("b.txt", 0)]);
        Assert.Equal(compositeId, links.QuoteStatements[("b.txt", 1)]);
    }

    [Fact]
    public void Parts_an_article_also_quotes_together_are_no_sign_of_two_statements()
    {
        var text = $"\"{TaxpayersMoney}\"\n\n\"{QuayDrift}\"\n\nCalloway spoke at length: \"{TaxpayersMoney} {QuayDrift}\"";
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(CallowayRef, PublicMoney, Quay))),
            ("b.txt", Written(text, Quote(CallowayRef, TaxpayersMoney), Quote(CallowayRef, QuayDrift), Quote(CallowayRef, TaxpayersMoney, QuayDrift))),
        ]);

        var compositeId = links.QuoteStatements[("a.txt", 0)];
        Assert.All(Enumerable.Range(0, 3), q => Assert.Equal(compositeId, links.QuoteStatements[("b.txt", q)]));
    }

    [Fact]
    public void A_quote_of_part_of_a_run_of_speech_relays_the_statement_the_run_makes()
    {
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(CallowayRef, PublicMoney, Quay))),
            ("b.txt", Article(Quote(CallowayRef, TaxpayersMoney))),
        ]);

        var compositeId = links.QuoteStatements[("a.txt", 0)];
        Assert.Equal(compositeId, links.QuoteStatements[("b.txt", 0)]);
        Assert.Equal(2, links.Units.Count);
        var composite = Assert.Single(links.Statements, s => s.Id == compositeId);
        Assert.Equal(["a.txt", "b.txt"], composite.Occurrences.Select(o => o.Occurrence.Article));
    }

    [Fact]
    public void Words_quoted_alone_without_a_speaker_do_not_split_the_run_they_come_from()
    {
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(CallowayRef, PublicMoney, Quay))),
            ("b.txt", Article(Quote(null, QuayDrift), Quote(CallowayRef, TaxpayersMoney))),
        ]);

        var compositeId = links.QuoteStatements[("a.txt", 0)];
        Assert.Equal(compositeId, links.QuoteStatements[("b.txt", 0)]);
        Assert.Equal(compositeId, links.QuoteStatements[("b.txt", 1)]);
    }

    [Fact]
    public void The_same_two_statements_quoted_together_in_two_articles_share_one_composite()
    {
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(CallowayRef, PublicMoney, Quay))),
            ("b.txt", Article(Quote(null, "Unrelated words about the weather today."), Quote(CallowayRef, TaxpayersMoney, QuayDrift))),
        ]);

        var compositeId = links.QuoteStatements[("a.txt", 0)];
        Assert.Equal(compositeId, links.QuoteStatements[("b.txt", 1)]);
        var composite = Assert.Single(links.Statements, s => s.Id == compositeId);
        Assert.Equal(["a.txt", "b.txt"], composite.Occurrences.Select(o => o.Occurrence.Article));
    }

    [Fact]
    public void Two_units_of_one_statement_give_the_quote_that_statements_id()
    {
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(CallowayRef, PublicMoney, TaxpayersMoney))),
            ("b.txt", Article(Quote(CallowayRef, PublicMoney))),
        ]);

        var statement = Assert.Single(links.Statements);
        Assert.Equal(statement.Id, links.QuoteStatements[("a.txt", 0)]);
    }

    [Fact]
    public void A_quote_without_words_has_no_statement()
    {
        var links = QuoteLinks.Build([("a.txt", Article(Quote(CallowayRef, "\u2014 \u2026"), Quote(CallowayRef, PublicMoney)))]);

        Assert.False(links.QuoteStatements.ContainsKey(("a.txt", 0)));
        Assert.True(links.QuoteStatements.ContainsKey(("a.txt", 1)));
    }

    [Fact]
    public void A_fragment_quote_links_to_the_full_quote_it_comes_from()
    {
        var links = QuoteLinks.Build(
        [
            ("a.txt", Article(Quote(CallowayRef, "This plan is dead on arrival."))),
            ("b.txt", Article(Quote(QuoteForm.Fragment, CallowayRef, "dead on arrival"))),
        ]);

        var statement = Assert.Single(links.Statements);
        Assert.False(statement.IsParaphrase);
        Assert.Equal(statement.Id, links.QuoteStatements[("b.txt", 0)]);
    }

    [Fact]
    public void Anonymous_sources_link_only_as_closely_as_unknown_speakers()
    {
        var official = new SpeakerRef("a senior official", SpeakerKind.Anonymous);

        var named = QuoteLinks.Build([("a.txt", Article(Quote(CallowayRef, PublicMoney))), ("b.txt", Article(Quote(CallowayRef, LooseRewording)))]);
        var anonymous = QuoteLinks.Build([("a.txt", Article(Quote(official, PublicMoney))), ("b.txt", Article(Quote(official, LooseRewording)))]);

        Assert.Single(named.Statements);
        Assert.Equal(2, anonymous.Statements.Count);
        Assert.All(anonymous.Statements, s => Assert.Null(s.Speaker));
    }

    [Theory]
    [InlineData("Pieter van der Berg", SpeakerKind.Person, "person/pieter-van-der-berg")]
    [InlineData("Hélène Lefèvre", SpeakerKind.Person, "person/helene-lefevre")]
    [InlineData("Karim al-Khoury", SpeakerKind.Person, "person/karim-al-khoury")]
    [InlineData("European Commission", SpeakerKind.Organization, "org/european-commission")]
    [InlineData("The Kremlin", SpeakerKind.Organization, "org/kremlin")]
    [InlineData("a senior EU official", SpeakerKind.Anonymous, null)]
    public void The_speaker_key_is_the_node_id_of_a_named_speaker(string name, SpeakerKind kind, string? key) =>
        Assert.Equal(key, QuoteLinks.SpeakerKey(new SpeakerRef(name, kind)));

    [Fact]
    public void An_unknown_speaker_has_no_key() => Assert.Null(QuoteLinks.SpeakerKey(null));

    [Fact]
    public void A_person_and_an_organization_of_one_name_have_different_keys() =>
        Assert.NotEqual(
            QuoteLinks.SpeakerKey(new SpeakerRef("Maersk", SpeakerKind.Person)),
            QuoteLinks.SpeakerKey(new SpeakerRef("Maersk", SpeakerKind.Organization)));
}
