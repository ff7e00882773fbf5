using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// The relay aggregations counted from <c>relay_facts</c> (migration 0002), for any filter: filters and grouping keys
/// assembled from the constant fragments below; every value the caller gave travels as a parameter.
/// </summary>
internal sealed class RelayFactSql : IRelayAggregateSql
{
    // The counts of the rows of relay_facts f in a group: relays, distinct claims, altered relays.
    private const string Counts = "count(*) AS relays, count(DISTINCT f.claim) AS claims, coalesce(sum(f.kind = 2), 0) AS altered";

    private const string HighestCharacter = "\U0010FFFF";

    public static RelayFactSql Instance { get; } = new();

    public string Groups(RelayAggregateQuery query, Dictionary<string, object?> parameters) => $"""
        SELECT {KeyColumn(query.GroupBy)} AS key, g.relays, g.claims, g.altered
        FROM (SELECT {GroupColumn(query.GroupBy)} AS value, {Counts}
              FROM relay_facts f WHERE {Where(query.Filter, parameters)} GROUP BY value) g
        ORDER BY {IRelayAggregateSql.GroupOrder(query.GroupBy)} LIMIT $first
        """;

    public string Total(RelayFilter filter, Dictionary<string, object?> parameters) =>
        $"SELECT {Counts} FROM relay_facts f WHERE {Where(filter, parameters)}";

    public string TopClaims(RelayFilter filter, Dictionary<string, object?> parameters) => $"""
        SELECT c.id, g.relays, g.altered
        FROM (SELECT f.claim AS claim, {Counts} FROM relay_facts f WHERE {Where(filter, parameters)} GROUP BY f.claim) g
        JOIN nodes c ON c.nid = g.claim
        ORDER BY g.relays DESC, c.id LIMIT $first
        """;

    // The WHERE clause of the filter over relay_facts f, its parameters added to the ones given.
    private static string Where(RelayFilter filter, Dictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var clauses = new List<string> { "1" };

        void Add(string parameter, string? value, Func<string, string> sql)
        {
            if (value is null)
            {
                return;
            }

            clauses.Add(sql(value));
            parameters.Add(parameter, value);
            parameters.Add(parameter + "_lower", value.ToLowerInvariant());
        }

        Add("$claim", filter.ClaimId, _ => "f.claim = (SELECT nid FROM nodes WHERE id = $claim)");
        Add("$speaker", filter.Speaker, speaker => $"f.speaker IN (SELECT nid FROM ({NameMatchSql.Speaker.IdOrNameContains("$speaker", speaker, parameters)}))");
        Add("$outlet", filter.Outlet, outlet => $"f.outlet IN (SELECT nid FROM ({NameMatchSql.Outlet.IdOrNameContains("$outlet", outlet, parameters)}))");
        if (filter.PublishedFrom is not null || filter.PublishedTo is not null)
        {
            // Both bounds, always, so the planner reads the date range from relay_facts_published. The upper one is
            // compared on its own length ("to 2024-11-12" keeps "2024-11-12T18:00:00Z"): below it followed by the
            // highest character there is.
            clauses.Add("f.published_at >= $from AND f.published_at < $to_end");
            parameters.Add("$from", filter.PublishedFrom ?? "");
            parameters.Add("$to_end", (filter.PublishedTo ?? "") + HighestCharacter);
        }

        return string.Join(" AND ", clauses);
    }

    // The expression over relay_facts f that the grouping groups by.
    private static string GroupColumn(RelayGrouping grouping) => grouping switch
    {
        RelayGrouping.Outlet => "f.outlet",
        RelayGrouping.Speaker => "f.speaker",
        RelayGrouping.Day => "substr(f.published_at, 1, 10)",
        RelayGrouping.Kind => "f.kind",
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
    };

    // The group's key from the grouped value g.value: node ids for outlets and speakers, names for kinds.
    private static string KeyColumn(RelayGrouping grouping) => grouping switch
    {
        RelayGrouping.Outlet or RelayGrouping.Speaker => "(SELECT id FROM nodes WHERE nid = g.value)",
        RelayGrouping.Kind => $"CASE g.value WHEN 2 THEN '{Upper(RelayKind.Altered)}' WHEN 1 THEN '{Upper(RelayKind.Paraphrase)}' ELSE '{Upper(RelayKind.Quote)}' END",
        _ => "g.value",
    };

    private static string Upper(RelayKind kind) => kind.ToString().ToUpperInvariant();
}
