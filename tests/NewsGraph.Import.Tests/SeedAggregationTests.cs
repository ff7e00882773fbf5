using NewsGraph.Graph;

namespace NewsGraph.Import.Tests;

/// <summary>
/// The store's relay aggregations over the graph of the seeds, checked against counts made here from the seed gold
/// file alone: its shared statements, the articles that relay each, and each article's outlet.
/// </summary>
public sealed class SeedAggregationTests(SeedAggregationTests.SeedGraph seeds) : IClassFixture<SeedAggregationTests.SeedGraph>
{
    private static readonly SeedGold Gold = SeedGold.Load();
    private readonly ImportFixture _fixture = seeds.Import;

    public static TheoryData<string> Speakers => new(Gold.SharedStatements.Select(s => s.Speaker).Distinct());

    [Theory]
    [MemberData(nameof(Speakers))]
    public async Task Relays_by_outlet_are_the_gold_relays_grouped_by_the_gold_outlets(string speaker)
    {
        var outletOf = Gold.Articles.ToDictionary(a => a.File, a => a.Outlet is null ? null : NodeIds.Organization(a.Outlet));
        var relays = GoldRelays(speaker).ToList();
        var expected = relays
            .GroupBy(relay => outletOf[relay.Article])
            .Select(group => $"{group.Key ?? "-"}:{group.Count()}/{group.Select(relay => relay.Statement).Distinct().Count()}")
            .Order(StringComparer.Ordinal);

        var aggregate = await AggregateAsync(RelayGrouping.Outlet, speaker);

        Assert.Equal(expected, aggregate.Groups.Select(Format).Order(StringComparer.Ordinal));
        Assert.Equal((relays.Count, relays.Select(r => r.Statement).Distinct().Count()), (aggregate.Total.Relays, aggregate.Total.Claims));
    }

    [Theory]
    [MemberData(nameof(Speakers))]
    public async Task Relays_by_speaker_and_by_day_count_every_gold_relay_once(string speaker)
    {
        var relays = GoldRelays(speaker).ToList();
        var counts = $"{relays.Count}/{relays.Select(r => r.Statement).Distinct().Count()}";

        var bySpeaker = await AggregateAsync(RelayGrouping.Speaker, speaker);
        var byDay = await AggregateAsync(RelayGrouping.Day, speaker);

        Assert.Equal([$"{NodeIds.Person(speaker)}:{counts}"], bySpeaker.Groups.Select(Format));
        // The seed texts give no publication dates, so every relay falls in the undated group.
        Assert.Equal([$"-:{counts}"], byDay.Groups.Select(Format));
    }

    [Theory]
    [MemberData(nameof(Speakers))]
    public async Task Top_claims_have_the_gold_relay_counts(string speaker)
    {
        var expected = Gold.SharedStatements.Where(s => s.Speaker == speaker).Select(s => (long)s.Articles.Count).OrderDescending();

        var top = await _fixture.Store.TopClaimsAsync(new RelayFilter { Speaker = speaker }, 10, CancellationToken.None);

        Assert.Equal(expected, top.Select(claim => claim.Relays));
    }

    private static IEnumerable<(string Article, string Statement)> GoldRelays(string speaker) =>
        Gold.SharedStatements.Where(s => s.Speaker == speaker).SelectMany(s => s.Articles.Select(article => (article, s.Canonical)));

    private Task<RelayAggregate> AggregateAsync(RelayGrouping groupBy, string speaker) =>
        _fixture.Store.AggregateRelaysAsync(new RelayAggregateQuery(groupBy) { Filter = new RelayFilter { Speaker = speaker } }, CancellationToken.None);

    private static string Format(RelayGroup group) => $"{group.Key ?? "-"}:{group.Counts.Relays}/{group.Counts.Claims}";

    /// <summary>The seeds imported once for the class.</summary>
    public sealed class SeedGraph : IAsyncLifetime
    {
        public ImportFixture Import { get; } = new();

        public async Task InitializeAsync() => await Import.ImportAsync([.. ImportFixture.Seeds]);

        public async Task DisposeAsync() => await Import.DisposeAsync();
    }
}
