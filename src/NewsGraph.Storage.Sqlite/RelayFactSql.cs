using Microsoft.Data.Sqlite;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// The SQL of the relay aggregations over <c>relay_facts</c> (migration 0002): filters and grouping keys assembled
/// from the constant fragments below; every value the caller gave travels as a parameter.
/// </summary>
internal static class RelayFactSql
{
    /// <summary>The counts of the rows of <c>relay_facts f</c> in a group: relays, distinct claims, altered relays.</summary>
    public const string Counts = "count(*) AS relays, count(DISTINCT f.claim) AS claims, coalesce(sum(f.kind = 2), 0) AS altered";

    private const string HighestCharacter = "\U0010FFFF";

    // The label terms stay word for word those of the partial indexes of migration 0003, which cover these scans.
    private const string SpeakerSql = $"""
        f.speaker IN (SELECT s.nid FROM nodes s
                      WHERE s.label IN ('{NodeLabels.Person}', '{NodeLabels.Organization}', '{NodeLabels.AnonymousSource}')
                        AND (s.id = $speaker OR instr(s.names_lower, $speaker_lower) > 0))
        """;

    private const string OutletSql =
        $"f.outlet IN (SELECT o.nid FROM nodes o WHERE o.label = '{NodeLabels.Organization}' AND (o.id = $outlet OR instr(o.name_lower, $outlet_lower) > 0))";

    /// <summary>The WHERE clause of <paramref name="filter"/> over <c>relay_facts f</c>, its parameters added to <paramref name="command"/>.</summary>
    public static string Where(RelayFilter filter, SqliteCommand command)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var clauses = new List<string> { "1" };

        void Add(string sql, string parameter, string? value)
        {
            if (value is null)
            {
                return;
            }

            clauses.Add(sql);
            command.Parameters.AddWithValue(parameter, value);
            command.Parameters.AddWithValue(parameter + "_lower", value.ToLowerInvariant());
        }

        Add("f.claim = (SELECT nid FROM nodes WHERE id = $claim)", "$claim", filter.ClaimId);
        Add(SpeakerSql, "$speaker", filter.Speaker);
        Add(OutletSql, "$outlet", filter.Outlet);
        if (filter.PublishedFrom is not null || filter.PublishedTo is not null)
        {
            // Both bounds, always, so the planner reads the date range from relay_facts_published. The upper one is
            // compared on its own length ("to 2024-11-12" keeps "2024-11-12T18:00:00Z"): below it followed by the
            // highest character there is.
            clauses.Add("f.published_at >= $from AND f.published_at < $to_end");
            command.Parameters.AddWithValue("$from", filter.PublishedFrom ?? "");
            command.Parameters.AddWithValue("$to_end", (filter.PublishedTo ?? "") + HighestCharacter);
        }

        return string.Join(" AND ", clauses);
    }

    /// <summary>The expression over <c>relay_facts f</c> that <paramref name="grouping"/> groups by.</summary>
    public static string GroupColumn(RelayGrouping grouping) => grouping switch
    {
        RelayGrouping.Outlet => "f.outlet",
        RelayGrouping.Speaker => "f.speaker",
        RelayGrouping.Day => "substr(f.published_at, 1, 10)",
        RelayGrouping.Kind => "f.kind",
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
    };

    /// <summary>The group's key from the grouped value <c>g.value</c>: node ids for outlets and speakers, names for kinds.</summary>
    public static string KeyColumn(RelayGrouping grouping) => grouping switch
    {
        RelayGrouping.Outlet or RelayGrouping.Speaker => "(SELECT id FROM nodes WHERE nid = g.value)",
        RelayGrouping.Kind => $"CASE g.value WHEN 2 THEN '{Upper(RelayKind.Altered)}' WHEN 1 THEN '{Upper(RelayKind.Paraphrase)}' ELSE '{Upper(RelayKind.Quote)}' END",
        _ => "g.value",
    };

    /// <summary>Days in order; otherwise most relays first. Ties by key, the null key last.</summary>
    public static string OrderBy(RelayGrouping grouping) =>
        grouping == RelayGrouping.Day ? "key IS NULL, key" : "relays DESC, key IS NULL, key";

    private static string Upper(RelayKind kind) => kind.ToString().ToUpperInvariant();
}
