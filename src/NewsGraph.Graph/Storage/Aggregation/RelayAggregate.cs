namespace NewsGraph.Graph;

/// <summary>The answer of <see cref="IGraphStore.AggregateRelaysAsync"/>.</summary>
/// <param name="Groups">
/// At most <see cref="RelayAggregateQuery.First"/> groups. By <see cref="RelayGrouping.Day"/>: oldest day first;
/// otherwise most relays first. Ties go by key (ordinal); the null key comes last.
/// </param>
/// <param name="Total">Every relay the filter matches, over all groups (returned or not).</param>
public sealed record RelayAggregate(IReadOnlyList<RelayGroup> Groups, RelayCounts Total);
