using NewsGraph.Graph;

namespace NewsGraph.Import.Tests;

/// <summary>
/// "Who relayed which statement", answered from the graph of the seeds and checked against the seed gold file:
/// the relaying articles exactly, and the speaker, channel and cited source of each shared statement.
/// </summary>
public class WhoRelayedTests
{
    /// <summary>What the seed texts say of each speaker's statements, read by hand: where they were said and what they cite.</summary>
    private static readonly Dictionary<string, (string Channel, string? Cited)> Expected = new()
    {
        ["Gideon Rachman"] = ("X", "source/a-usually-reliable-source"),
        ["Charlie Dietz"] = ("Task & Purpose", null),
    };

    public static TheoryData<int> Statements => new(Enumerable.Range(0, SeedGold.Load().SharedStatements.Count));

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task The_graph_answers_who_relayed_each_shared_statement(int index)
    {
        var gold = SeedGold.Load().SharedStatements[index];
        await using var fixture = new ImportFixture();
        var results = await fixture.ImportAsync([.. ImportFixture.Seeds]);
        var articleOf = results.ToDictionary(r => r.ArticleId, r => r.Source);

        var claim = await SeedGold.FindClaimAsync(fixture.Store, gold);
        var edges = await fixture.Store.GetEdgesAsync([claim.Id], EdgeDirection.Both, null, CancellationToken.None);

        var relayedBy = edges.Where(e => e.Type == EdgeTypes.Relayed).Select(e => articleOf[e.From]).Order(StringComparer.Ordinal);
        Assert.Equal(gold.Articles.Order(StringComparer.Ordinal), relayedBy);
        var stated = Assert.Single(edges, e => e.Type == EdgeTypes.Stated);
        Assert.Equal(NodeIds.Person(gold.Speaker), stated.From);
        Assert.Equal(Expected[gold.Speaker].Channel, stated.Properties["channel"]);
        Assert.Equal(Expected[gold.Speaker].Cited, edges.SingleOrDefault(e => e.Type == EdgeTypes.Cites)?.To);
    }

    [Fact]
    public async Task The_spokespersons_statement_cannot_confirm_the_columnists()
    {
        var statements = SeedGold.Load().SharedStatements;
        await using var fixture = new ImportFixture();
        await fixture.ImportAsync([.. ImportFixture.Seeds]);
        var claim = await SeedGold.FindClaimAsync(fixture.Store, statements.First(s => s.Speaker == "Charlie Dietz"));
        var target = await SeedGold.FindClaimAsync(fixture.Store, statements.First(s => s.Speaker == "Gideon Rachman"));

        var response = Assert.Single(await fixture.Store.GetEdgesAsync([claim.Id], EdgeDirection.Outgoing, [EdgeTypes.RespondsTo], CancellationToken.None));

        Assert.Equal(target.Id, response.To);
        Assert.Equal("CANNOT_CONFIRM", response.Properties["stance"]);
    }
}
