namespace NewsGraph.Graph;

/// <summary>Relays grouped one way, for <see cref="IGraphStore.AggregateRelaysAsync"/>.</summary>
/// <param name="GroupBy">What to group the relays by.</param>
public sealed record RelayAggregateQuery(RelayGrouping GroupBy)
{
    /// <summary>Which relays to count.</summary>
    public RelayFilter Filter { get; init; } = new();

    /// <summary>How many groups to return at most (at least 0); the totals count every matching relay regardless.</summary>
    public int First { get; init; } = 20;
}
