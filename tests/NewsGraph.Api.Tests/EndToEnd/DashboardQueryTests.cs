using System.Net.Http.Json;
using System.Text.Json;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.EndToEnd;

/// <summary>
/// The queries a dashboard makes, over real HTTP against the seed graph: aggregations checked against counts made
/// here from the seed gold file, and the columnist's claim's propagation in one query.
/// </summary>
public sealed class DashboardQueryTests(SeededApiServerFixture fixture) : IClassFixture<SeededApiServerFixture>
{
    private const string Columnist = "Gideon Rachman";

    [Fact]
    public async Task The_columnists_claims_relays_by_outlet_are_its_gold_articles_under_the_gold_outlets()
    {
        var articles = GoldStatements(Columnist).Single().Articles;
        var expected = articles.GroupBy(file => SeedGold.OutletOf(file) ?? "(no outlet)").Select(group => $"{group.Key}:{group.Count()}").Order(StringComparer.Ordinal);

        var data = await QueryAsync($$"""
            { relayAggregates(by: OUTLET, where: { claim: "{{await ColumnistClaimIdAsync()}}" }) { by relays groups { label relays share } } }
            """);

        var aggregate = data.GetProperty("relayAggregates");
        var groups = aggregate.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal("OUTLET", aggregate.GetProperty("by").GetString());
        Assert.Equal(expected, groups.Select(g => $"{g.GetProperty("label").GetString()}:{g.GetProperty("relays").GetInt32()}").Order(StringComparer.Ordinal));
        Assert.Equal(articles.Count, aggregate.GetProperty("relays").GetInt32());
        Assert.Equal(1.0, groups.Sum(g => g.GetProperty("share").GetDouble()), precision: 9);
    }

    [Fact]
    public async Task The_columnists_claims_relays_by_speaker_and_kind_count_each_gold_relay_once()
    {
        var data = await QueryAsync("""
            query($claim: ID) { speakers: relayAggregates(by: SPEAKER, where: { claim: $claim }) { groups { label relays claims node { id } } }
              kinds: relayAggregates(by: KIND, where: { claim: $claim }) { relays groups { relays } } }
            """, new { claim = await ColumnistClaimIdAsync() });

        var relays = GoldStatements(Columnist).Single().Articles.Count;
        var speaker = Assert.Single(data.GetProperty("speakers").GetProperty("groups").EnumerateArray());
        Assert.Equal($"{Columnist}:{relays}/1", $"{speaker.GetProperty("label").GetString()}:{speaker.GetProperty("relays").GetInt32()}/{speaker.GetProperty("claims").GetInt32()}");
        Assert.Equal("person/gideon-rachman", speaker.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(relays, data.GetProperty("kinds").GetProperty("relays").GetInt32());
        Assert.Equal(relays, data.GetProperty("kinds").GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("relays").GetInt32()));
    }

    [Fact]
    public async Task Top_claims_are_the_shared_statements_by_their_gold_relay_counts()
    {
        var shared = GoldStatements(null).ToList();

        var data = await QueryAsync($$"""{ topClaims(first: {{shared.Count}}) { relays claim { speaker { name } } } }""");

        var top = data.GetProperty("topClaims").EnumerateArray().ToList();
        Assert.Equal(shared.Select(s => s.Articles.Count).OrderDescending(), top.Select(c => c.GetProperty("relays").GetInt32()));
        Assert.Equal(Columnist, top[0].GetProperty("claim").GetProperty("speaker").GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_outlets_share_is_its_gold_relays_over_all()
    {
        var data = await QueryAsync($$"""
            { outletShare(outlet: "latin times", where: { claim: "{{await ColumnistClaimIdAsync()}}", outlet: "ignored" }) { outlet relays totalRelays share } }
            """);

        Assert.Equal("""{"outlet":"latin times","relays":1,"totalRelays":5,"share":0.2}""", data.GetProperty("outletShare").GetRawText());
    }

    [Fact]
    public async Task The_columnists_claim_propagates_to_the_five_seed_articles_in_one_query()
    {
        var claimId = await ColumnistClaimIdAsync();

        var data = await QueryAsync($$"""
            { propagation(claimId: "{{claimId}}") {
                claim { speaker { name } channel citedSources { name } responses { stance claim { speaker { name } } } }
                relays { by { __typename } article { id source } outlet { name } publishedAt wording similarity altered kind via { name } } } }
            """);

        var propagation = data.GetProperty("propagation");
        var claim = propagation.GetProperty("claim");
        Assert.Equal(Columnist, claim.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("X", claim.GetProperty("channel").GetString());
        Assert.Equal("A usually reliable source", claim.GetProperty("citedSources")[0].GetProperty("name").GetString());
        Assert.Contains(claim.GetProperty("responses").EnumerateArray(), r =>
            r.GetProperty("stance").GetString() == "CANNOT_CONFIRM" && r.GetProperty("claim").GetProperty("speaker").GetProperty("name").GetString() == "Charlie Dietz");

        var relays = propagation.GetProperty("relays").EnumerateArray().ToList();
        var files = relays.Select(r => Path.GetFileName(r.GetProperty("article").GetProperty("source").GetString()!));
        Assert.Equal(GoldStatements(Columnist).Single().Articles.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
        // The seeds carry no dates: undated relays come in the order of their articles' ids.
        Assert.Equal(relays.Select(Id).Order(StringComparer.Ordinal), relays.Select(Id));
        // Read by hand: only the fourth seed rewords the quote ("A normally reliable source ... devour pornography").
        var altered = Assert.Single(relays, r => r.GetProperty("altered").GetBoolean());
        Assert.StartsWith("003_", Path.GetFileName(altered.GetProperty("article").GetProperty("source").GetString()), StringComparison.Ordinal);
        Assert.Equal("ALTERED", altered.GetProperty("kind").GetString());
        Assert.True(altered.GetProperty("similarity").GetDouble() < 1);
    }

    [Fact]
    public async Task The_propagation_of_an_unknown_claim_is_null()
    {
        var data = await QueryAsync("""{ propagation(claimId: "claim/none") { claim { id } } }""");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("propagation").ValueKind);
    }

    private static string Id(JsonElement relay) => relay.GetProperty("article").GetProperty("id").GetString()!;

    private async Task<string> ColumnistClaimIdAsync()
    {
        var data = await QueryAsync("""{ search(query: "reliable source", types: [CLAIM]) { ... on Claim { id speaker { name } } } }""");
        return data.GetProperty("search").EnumerateArray()
            .Single(hit => hit.GetProperty("speaker").GetProperty("name").GetString() == Columnist).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await fixture.Server.Client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    private static IEnumerable<GoldStatement> GoldStatements(string? speaker) =>
        SeedGold.SharedStatements.Where(s => speaker is null || s.Speaker == speaker);
}
