using System.Globalization;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    [Theory]
    [InlineData("rachman", "person/gr")]
    [InlineData("Gideon", "person/gr")]
    [InlineData("Purpose", "org/tp")]
    [InlineData("unfettered internet", "claim/online")]
    [InlineData("usually reliable", "source/rs")]
    [InlineData("pentagon", "article/tp1")]
    [InlineData("zebra", null)]
    public async Task SearchAsync_finds_names_aliases_claim_text_descriptions_and_titles(string query, string? expected)
    {
        await ApplyAsync(NewsGraph());

        var hits = await Store.SearchAsync(query, null, 10, Ct);

        Assert.Equal(expected is null ? [] : [expected], hits.Select(hit => hit.Node.Id));
    }

    [Fact]
    public async Task SearchAsync_matches_the_last_word_as_a_prefix()
    {
        await ApplyAsync(NewsGraph());

        var hits = await Store.SearchAsync("reliable sour", null, 10, Ct);

        Assert.Equal(["source/rs"], hits.Select(hit => hit.Node.Id));
    }

    private static GraphBuilder Words() => new GraphBuilder()
        .Person("person/zoe", "Zoë O'Brien-Smith")
        .Place("place/krakow", "Kraków", "Cracow")
        .Claim("claim/troops", "The troops were redeployed overnight.");

    [Theory]
    [InlineData("brien", "person/zoe")]
    [InlineData("ZOE o'brien", "person/zoe")]
    [InlineData("smith, zoë!", "person/zoe")]
    [InlineData("krakow", "place/krakow")]
    [InlineData("KRAKÓW", "place/krakow")]
    [InlineData("crac", "place/krakow")]
    [InlineData("were the troops", "claim/troops")]
    [InlineData("troops redeploy", "claim/troops")]
    [InlineData("redeploy troops", null)]
    [InlineData("roops", null)]
    [InlineData("ployed", null)]
    [InlineData("rak", null)]
    [InlineData("zoebrien", null)]
    public async Task SearchAsync_matches_whole_words_and_the_last_as_a_prefix_ignoring_case_punctuation_and_accents(string query, string? expected)
    {
        await ApplyAsync(Words());

        var hits = await Store.SearchAsync(query, null, 10, Ct);

        Assert.Equal(expected is null ? [] : [expected], hits.Select(hit => hit.Node.Id));
    }

    [Fact]
    public async Task SearchAsync_keeps_only_the_given_labels()
    {
        await ApplyAsync(NewsGraph());

        Assert.Equal(["claim/online", "place/kursk"], (await Store.SearchAsync("kursk", null, 10, Ct)).Select(h => h.Node.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["place/kursk"], (await Store.SearchAsync("kursk", [NodeLabels.Place, NodeLabels.Person], 10, Ct)).Select(h => h.Node.Id));
        Assert.Empty(await Store.SearchAsync("kursk", [], 10, Ct));
    }

    [Fact]
    public async Task SearchAsync_ranks_a_short_exact_name_above_a_long_text_that_mentions_it()
    {
        await ApplyAsync(NewsGraph());

        var hits = await Store.SearchAsync("Kursk", null, 10, Ct);

        Assert.Equal(["place/kursk", "claim/online"], hits.Select(hit => hit.Node.Id));
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [Fact]
    public async Task SearchAsync_returns_at_most_the_limit()
    {
        var graph = new GraphBuilder();
        for (var i = 0; i < 30; i++)
        {
            graph.Person($"person/{i:D2}", $"Smith {i}");
        }

        await ApplyAsync(graph);

        Assert.Equal(7, (await Store.SearchAsync("smith", null, 7, Ct)).Count);
        Assert.Empty(await Store.SearchAsync("smith", null, 0, Ct));
    }

    [Fact]
    public async Task SearchAsync_with_a_smaller_limit_gives_the_first_hits_of_a_larger_one_ties_included()
    {
        // Forty matches in three lengths, most of them tied, written out of id order.
        var graph = new GraphBuilder();
        for (var i = 39; i >= 0; i--)
        {
            graph.Person($"person/{i:D2}", i % 3 == 0 ? $"Harbour {i}" : i % 3 == 1 ? $"Harbour Pilot {i}" : $"Old Harbour Pilot {i}");
        }

        await ApplyAsync(graph.Claim("claim/harbour", "The harbour stays closed to pilots and tugs until the inquiry ends."));

        var all = (await Store.SearchAsync("harbour", null, 50, Ct)).Select(h => h.Node.Id).ToList();

        Assert.Equal(41, all.Count);
        Assert.Equal(41, all.Distinct().Count());
        Assert.Equal(all, (await Store.SearchAsync("harbour", null, 50, Ct)).Select(h => h.Node.Id));
        foreach (var limit in new[] { 1, 5, 14, 20, 40 })
        {
            Assert.Equal(all.Take(limit), (await Store.SearchAsync("harbour", null, limit, Ct)).Select(h => h.Node.Id));
        }

        Assert.Equal("claim/harbour", all[^1]);
        Assert.All(all.Take(14), id => Assert.True(int.Parse(id["person/".Length..], CultureInfo.InvariantCulture) % 3 == 0, id));
    }

    [Fact]
    public async Task SearchAsync_forgets_deleted_and_renamed_nodes()
    {
        await ApplyAsync(NewsGraph());

        await Store.ApplyAsync(new GraphBuilder().Person("person/gr", "G. R.").Build() with { DeleteNodes = ["place/kursk"] }, Ct);

        Assert.Empty(await Store.SearchAsync("rachman", null, 10, Ct));
        Assert.Equal(["claim/online"], (await Store.SearchAsync("kursk", null, 10, Ct)).Select(h => h.Node.Id));
    }

    [Fact]
    public async Task SearchAsync_finds_a_node_rewritten_with_its_names_once_and_a_node_replaced_with_new_names_by_them_alone()
    {
        await ApplyAsync(new GraphBuilder().Claim("claim/kept", "Troops crossed the river", relayCount: 1).Claim("claim/reworded", "Troops crossed the bridge"));

        await ApplyAsync(new GraphBuilder().Claim("claim/kept", "Troops crossed the river", relayCount: 2));
        await Store.ApplyAsync(new GraphBuilder().Claim("claim/reworded", "Talks resumed at noon").Build() with { DeleteNodes = ["claim/reworded"] }, Ct);

        var kept = Assert.Single(await Store.SearchAsync("river", null, 10, Ct));
        Assert.Equal(("claim/kept", 2L), (kept.Node.Id, kept.Node.GetLong("relayCount")));
        Assert.Equal(["claim/kept"], (await Store.SearchAsync("troops crossed", null, 10, Ct)).Select(h => h.Node.Id));
        Assert.Equal(["claim/reworded"], (await Store.SearchAsync("talks resumed", null, 10, Ct)).Select(h => h.Node.Id));
    }

    [Theory]
    [InlineData("\"foo")]
    [InlineData("AND OR (")]
    [InlineData("NOT")]
    [InlineData("*")]
    [InlineData("NEAR(a b, 3)")]
    [InlineData("title:kursk")]
    [InlineData("^kursk")]
    [InlineData("-kursk +kursk")]
    [InlineData("'); DROP TABLE nodes; --")]
    [InlineData("kursk\0")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"\"")]
    [InlineData("(((((")]
    [InlineData("kursk AND")]
    [InlineData("😀 𝔘𝔫𝔦")]
    [InlineData("%_[]\\")]
    public async Task SearchAsync_takes_any_text_without_failing(string query)
    {
        await ApplyAsync(NewsGraph());

        var hits = await Store.SearchAsync(query, null, 10, Ct);

        Assert.All(hits, hit => Assert.NotNull(hit.Node));
    }
}
