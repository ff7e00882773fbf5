using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// The SQL of the relay aggregations read from one source: statements in the answers' shapes and orders, their
/// parameters added to the ones they are given; <c>$first</c> is the caller's.
/// </summary>
internal interface IRelayAggregateSql
{
    /// <summary>At most <c>$first</c> groups as <c>key, relays, claims, altered</c>, in <see cref="RelayAggregate"/>'s order.</summary>
    string Groups(RelayAggregateQuery query, Dictionary<string, object?> parameters);

    /// <summary>One row, <c>relays, claims, altered</c>, over every relay <paramref name="filter"/> keeps.</summary>
    string Total(RelayFilter filter, Dictionary<string, object?> parameters);

    /// <summary>At most <c>$first</c> claims as <c>id, relays, altered</c>: most relays first, ties by id.</summary>
    string TopClaims(RelayFilter filter, Dictionary<string, object?> parameters);

    /// <summary>Groups in <see cref="RelayAggregate"/>'s order over columns <c>key</c> and <c>relays</c>: days in order, otherwise most relays first; ties by key, the null key last.</summary>
    static string GroupOrder(RelayGrouping grouping) =>
        grouping == RelayGrouping.Day ? "key IS NULL, key" : "relays DESC, key IS NULL, key";
}
