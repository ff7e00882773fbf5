using System.Net.Http.Json;
using System.Text.Json;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.EndToEnd;

/// <summary>
/// The example queries of the design (DESIGN §6), sent as written there over real HTTP to a server over the seed
/// graph, and "who relayed which statement" for every shared statement of the seed gold file.
/// </summary>
public sealed class DesignExampleQueryTests(SeededApiServerFixture fixture) : IClassFixture<SeededApiServerFixture>
{
    private const string Columnist = "Gideon Rachman";
    private const string Spokesperson = "Charlie Dietz";

    public static TheoryData<int> SharedStatements => [.. Enumerable.Range(0, SeedGold.SharedStatements.Count)];

    [Fact]
    public async Task Claims_by_speaker_lists_who_relayed_the_columnists_statement_in_which_words()
    {
        var data = await QueryAsync("""
            { claims(where: { speaker: "Gideon Rachman" }) { nodes {
                text speaker { name } relayCount
                relays { by { __typename ... on Article { title outlet { name } } } wording altered via { name } } } } }
            """);

        var nodes = data.GetProperty("claims").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(nodes, claim => Assert.Equal(Columnist, claim.GetProperty("speaker").GetProperty("name").GetString()));
        var gold = SeedGold.SharedStatements.Single(s => s.Speaker == Columnist);
        var claim = Assert.Single(nodes, claim => SeedGold.SameWords(claim.GetProperty("text").GetString()!, gold.Canonical));
        var relays = claim.GetProperty("relays").EnumerateArray().ToList();
        Assert.Equal(gold.Articles.Count, claim.GetProperty("relayCount").GetInt32());
        Assert.All(relays, relay => Assert.Equal("Article", relay.GetProperty("by").GetProperty("__typename").GetString()));
        Assert.Equal(
            gold.Articles.Select(SeedGold.OutletOf).Order(StringComparer.Ordinal),
            relays.Select(relay => OptionalName(relay.GetProperty("by").GetProperty("outlet"))).Order(StringComparer.Ordinal));
        Assert.All(relays, relay => AssertAlteredAgreesWithWording(relay, gold.Canonical));
        // The columnist posted on X himself: nobody relayed him through an intermediary.
        Assert.All(relays, relay => Assert.Equal(JsonValueKind.Null, relay.GetProperty("via").ValueKind));
    }

    [Theory]
    [MemberData(nameof(SharedStatements))]
    public async Task Who_relayed_a_shared_statement_is_its_gold_articles_with_their_wordings(int index)
    {
        var gold = SeedGold.SharedStatements[index];

        var data = await QueryAsync("""
            query($speaker: String) { claims(where: { speaker: $speaker }, first: 100) { nodes {
                text channel relayCount alteredCount speaker { name }
                relays { by { ... on Article { source } } wording altered similarity } } } }
            """, new { speaker = gold.Speaker });

        var claim = Assert.Single(
            data.GetProperty("claims").GetProperty("nodes").EnumerateArray(),
            claim => SeedGold.SameWords(claim.GetProperty("text").GetString()!, gold.Canonical));
        var relays = claim.GetProperty("relays").EnumerateArray().ToList();
        Assert.Equal(gold.Speaker, claim.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal(gold.Articles, relays.Select(r => Path.GetFileName(r.GetProperty("by").GetProperty("source").GetString()!)).Order(StringComparer.Ordinal));
        Assert.Equal(gold.Articles.Count, claim.GetProperty("relayCount").GetInt32());
        // Read in the seeds: the columnist posted on X; the spokesperson spoke to Task & Purpose.
        Assert.Equal(gold.Speaker == Columnist ? "X" : "Task & Purpose", claim.GetProperty("channel").GetString());
        Assert.All(relays, relay => AssertAlteredAgreesWithWording(relay, gold.Canonical));
        Assert.Equal(relays.Count(r => r.GetProperty("altered").GetBoolean()), claim.GetProperty("alteredCount").GetInt32());
        Assert.All(relays, r => Assert.Equal(!r.GetProperty("altered").GetBoolean(), r.GetProperty("similarity").GetDouble() == 1.0));
    }

    [Fact]
    public async Task Every_seed_rewording_is_counted_as_altered()
    {
        // Read in the seeds: the fourth article retells every statement in its own words; the spokesperson's line
        // about Moscow is quoted whole, and partly ("that's a question best directed to Moscow"), word for word.
        var data = await QueryAsync("""{ claims(first: 100, where: { altered: true }) { nodes { relays { by { ... on Article { source } } altered } } } }""");

        var altered = data.GetProperty("claims").GetProperty("nodes").EnumerateArray()
            .SelectMany(claim => claim.GetProperty("relays").EnumerateArray())
            .Where(relay => relay.GetProperty("altered").GetBoolean())
            .Select(relay => Path.GetFileName(relay.GetProperty("by").GetProperty("source").GetString()!)[..3])
            .ToList();
        Assert.Equal(Enumerable.Repeat("003", SeedGold.SharedStatements.Count), altered);
    }

    [Fact]
    public async Task Person_by_name_gives_the_spokespersons_roles_and_statements()
    {
        var data = await QueryAsync("""
            { person(name: "Charlie Dietz") { roles { title organization { name } } statements { nodes { text } } } }
            """);

        var person = data.GetProperty("person");
        var roles = person.GetProperty("roles").EnumerateArray().ToList();
        Assert.NotEmpty(roles);
        Assert.Contains(roles, role => role.GetProperty("title").GetString()!.Contains("spokesperson", StringComparison.OrdinalIgnoreCase));
        var statements = person.GetProperty("statements").GetProperty("nodes").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
        Assert.All(
            SeedGold.SharedStatements.Where(s => s.Speaker == Spokesperson),
            gold => Assert.Contains(statements, text => SeedGold.SameWords(text, gold.Canonical)));
    }

    [Theory]
    [InlineData("organization", "Task & Purpose", "org/task-and-purpose")]
    [InlineData("place", "Moscow", "place/moscow")]
    [InlineData("person", "gideon rachman", "person/gideon-rachman")]
    public async Task A_lookup_by_name_resolves_the_fields_of_the_node_it_finds(string field, string name, string id)
    {
        var data = await QueryAsync($$"""query($name: String) { {{field}}(name: $name) { id name mentionedIn { article { id } } } }""", new { name });

        var node = data.GetProperty(field);
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.NotEmpty(node.GetProperty("mentionedIn").EnumerateArray());
    }

    [Fact]
    public async Task A_lookup_by_an_unknown_name_is_null()
    {
        var data = await QueryAsync("""{ person(name: "Nobody Atall") { roles { title } } }""");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("person").ValueKind);
    }

    [Fact]
    public async Task Search_finds_the_columnists_claim_by_its_words()
    {
        var data = await QueryAsync("""
            { search(query: "reliable source") { __typename ... on Claim { text } ... on Person { name } } }
            """);

        var hits = data.GetProperty("search").EnumerateArray().ToList();
        var columnists = SeedGold.SharedStatements.Single(s => s.Speaker == Columnist).Canonical;
        Assert.Contains(hits, hit => hit.GetProperty("__typename").GetString() == "Claim" && SeedGold.SameWords(hit.GetProperty("text").GetString()!, columnists));
        Assert.All(hits.Where(hit => hit.GetProperty("__typename").GetString() == "Claim"),
            hit => Assert.Contains("reliable source", hit.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Path_joins_the_columnist_and_task_and_purpose_through_an_article_that_names_both()
    {
        var data = await QueryAsync("""
            { path(from: "person/gideon-rachman", to: "org/task-and-purpose") { nodes { id } length } }
            """);

        var path = data.GetProperty("path");
        var ids = path.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!).ToList();
        Assert.Equal(2, path.GetProperty("length").GetInt32());
        Assert.Equal(["person/gideon-rachman", "org/task-and-purpose"], [ids[0], ids[^1]]);
        Assert.Equal(3, ids.Count);

        var middle = await QueryAsync($$"""{ article(id: "{{ids[1]}}") { source } }""");
        var file = Path.GetFileName(middle.GetProperty("article").GetProperty("source").GetString()!);
        Assert.Contains(file, SeedGold.ArticlesNaming(Columnist, "Task & Purpose"));
    }

    /// <summary>A relay is unaltered exactly when its words are the canonical ones or a run of them.</summary>
    private static void AssertAlteredAgreesWithWording(JsonElement relay, string canonical)
    {
        var wording = relay.GetProperty("wording").GetString()!;
        Assert.True(
            SeedGold.IsRunOf(wording, canonical) != relay.GetProperty("altered").GetBoolean(),
            $"altered is {relay.GetProperty("altered").GetBoolean()} for \"{wording}\"");
    }

    private static string? OptionalName(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.GetProperty("name").GetString();

    private async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await fixture.Server.Client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }
}
