using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// The relay aggregations read from the roll-ups of migration 0005 (counts kept per group on write), which hold every
/// relay: they answer a filter that keeps them all, and only that one.
/// </summary>
internal sealed class RelayRollupSql : IRelayAggregateSql
{
    private static readonly RelayFilter Everything = new();

    // The roll-ups' groupings (column `grouping` of relay_group_counts), as 0005 numbers them.
    private const int ByClaim = 4;
    private const int AllRelays = 5;

    public static RelayRollupSql Instance { get; } = new();

    /// <summary>Whether the roll-ups hold the answer for <paramref name="filter"/>.</summary>
    public static bool Answers(RelayFilter filter) => filter == Everything;

    public string Groups(RelayAggregateQuery query, Dictionary<string, object?> parameters) => $"""
        SELECT key, relays, claims, altered FROM relay_group_counts WHERE grouping = {Grouping(query.GroupBy)}
        ORDER BY {IRelayAggregateSql.GroupOrder(query.GroupBy)} LIMIT $first
        """;

    // No row when the store holds no relay.
    public string Total(RelayFilter filter, Dictionary<string, object?> parameters) =>
        $"SELECT coalesce(sum(relays), 0), coalesce(sum(claims), 0), coalesce(sum(altered), 0) FROM relay_group_counts WHERE grouping = {AllRelays}";

    // A claim's group key is its id; the order is the one relay_group_counts_by_relays holds.
    public string TopClaims(RelayFilter filter, Dictionary<string, object?> parameters) => $"""
        SELECT key, relays, altered FROM relay_group_counts WHERE grouping = {ByClaim}
        ORDER BY relays DESC, key IS NULL, key LIMIT $first
        """;

    private static int Grouping(RelayGrouping grouping) => grouping switch
    {
        RelayGrouping.Outlet => 0,
        RelayGrouping.Speaker => 1,
        RelayGrouping.Day => 2,
        RelayGrouping.Kind => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
    };
}
