using NewsGraph.Graph;

namespace NewsGraph.Import.Tests;

/// <summary>
/// The store's relay aggregations over the graph of the seeds, checked against counts made here from the seed gold
/// file alone: for each shared statement, the articles that relay it and each article's outlet.
/// </summary>
public sealed class SeedAggregationTests(SeedAggregationTests.SeedGraph seeds) : IClassFixture<SeedAggregationTests.SeedGraph>
{
    private static readonly SeedGold Gold = SeedGold.Load();
    private readonly ImportFixture _fixture = seeds.Import;

    public static TheoryData<int> Statements => new(Enumerable.Range(0, Gold.SharedStatements.Count));

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task A_statements_relays_by_outlet_are_its_gold_articles_under_their_gold_outlets(int index)
    {
        var gold = Gold.SharedStatements[index];
        var outletOf = Gold.Articles.ToDictionary(a => a.File, a => a.Outlet is null ? "-" : NodeIds.Organization(a.Outlet));
        var expected = gold.Articles.GroupBy(file => outletOf[file]).Select(group => $"{group.Key}:{group.Count()}/1").Order(StringComparer.Ordinal);

        var aggregate = await AggregateAsync(RelayGrouping.Outlet, gold);

        Assert.Equal(expected, aggregate.Groups.Select(Format).Order(StringComparer.Ordinal));
        Assert.Equal(gold.Articles.Count, aggregate.Total.Relays);
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task A_statements_relays_by_speaker_and_by_day_count_each_gold_relay_once(int index)
    {
        var gold = Gold.SharedStatements[index];
        var counts = $"{gold.Articles.Count}/1";

        var bySpeaker = await AggregateAsync(RelayGrouping.Speaker, gold);
        var byDay = await AggregateAsync(RelayGrouping.Day, gold);

        Assert.Equal([$"{NodeIds.Person(gold.Speaker)}:{counts}"], bySpeaker.Groups.Select(Format));
        // The seed texts give no publication dates, so every relay falls in the undated group.
        Assert.Equal([$"-:{counts}"], byDay.Groups.Select(Format));
    }

    [Fact]
    public async Task Top_claims_begin_with_the_shared_statements_by_their_gold_relay_counts()
    {
        var expected = Gold.SharedStatements.Select(s => (long)s.Articles.Count).OrderDescending().ToList();

        var top = await _fixture.Store.TopClaimsAsync(new RelayFilter(), expected.Count, CancellationToken.None);

        Assert.Equal(expected, top.Select(claim => claim.Relays));
        var mostRelayed = await SeedGold.FindClaimAsync(_fixture.Store, Gold.SharedStatements.MaxBy(s => s.Articles.Count)!);
        Assert.Equal(mostRelayed.Id, top[0].ClaimId);
    }

    private async Task<RelayAggregate> AggregateAsync(RelayGrouping groupBy, SharedStatement gold)
    {
        var claim = await SeedGold.FindClaimAsync(_fixture.Store, gold);
        return await _fixture.Store.AggregateRelaysAsync(
            new RelayAggregateQuery(groupBy) { Filter = new RelayFilter { ClaimId = claim.Id } }, CancellationToken.None);
    }

    private static string Format(RelayGroup group) => $"{group.Key ?? "-"}:{group.Counts.Relays}/{group.Counts.Claims}";

    /// <summary>The seeds imported once for the class.</summary>
    public sealed class SeedGraph : IAsyncLifetime
    {
        public ImportFixture Import { get; } = new();

        public async Task InitializeAsync() => await Import.ImportAsync([.. ImportFixture.Seeds]);

        public async Task DisposeAsync() => await Import.DisposeAsync();
    }
}
