namespace NewsGraph.Graph;

/// <summary>One group of an aggregation.</summary>
/// <param name="Key">The group's key, as <see cref="RelayGrouping"/> describes it; null for relays that lack it.</param>
/// <param name="Counts">What the group's relays add up to.</param>
public sealed record RelayGroup(string? Key, RelayCounts Counts);
