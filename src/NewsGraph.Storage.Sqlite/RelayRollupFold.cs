using Microsoft.Data.Sqlite;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// Folds the relay facts a write transaction added and removed (<c>relay_fact_changes</c>, migration 0008) into the
/// roll-ups of migration 0005, once, before the transaction commits: the net change of each pair (group, claim),
/// then of each group. Changes that cancel out within the transaction write nothing.
/// </summary>
internal sealed class RelayRollupFold : IDisposable
{
    // A fact's pairs, one per grouping (0 outlet, 1 speaker, 2 day, 3 kind, 4 claim, 5 all), as 0005 defined them.
    private const string Pairs = """
        SELECT 0 AS grouping, coalesce(outlet, 0) AS value, claim, sign, kind FROM relay_fact_changes
        UNION ALL SELECT 1, coalesce(speaker, 0), claim, sign, kind FROM relay_fact_changes
        UNION ALL SELECT 2, coalesce(substr(published_at, 1, 10), 0), claim, sign, kind FROM relay_fact_changes
        UNION ALL SELECT 3, kind, claim, sign, kind FROM relay_fact_changes
        UNION ALL SELECT 4, claim, claim, sign, kind FROM relay_fact_changes
        UNION ALL SELECT 5, 0, claim, sign, kind FROM relay_fact_changes
        """;

    private readonly PreparedCommand _fold;

    public RelayRollupFold(SqliteConnection connection)
    {
        using (var create = connection.CreateCommand())
        {
            // `was` is the pair's relays before the transaction: a pair appears when it had none, goes when it has none left.
            create.CommandText = """
                CREATE TEMP TABLE IF NOT EXISTS relay_pair_changes (
                    grouping INTEGER NOT NULL, value NOT NULL, claim INTEGER NOT NULL,
                    relays INTEGER NOT NULL, altered INTEGER NOT NULL, was INTEGER NOT NULL,
                    PRIMARY KEY (grouping, value, claim)) WITHOUT ROWID
                """;
            create.ExecuteNonQuery();
        }

        _fold = new(
            connection,
            $"""
            INSERT INTO temp.relay_pair_changes (grouping, value, claim, relays, altered, was)
            SELECT d.grouping, d.value, d.claim, d.relays, d.altered, coalesce(p.relays, 0)
            FROM (SELECT grouping, value, claim, sum(sign) AS relays, sum(sign * (kind = 2)) AS altered
                  FROM ({Pairs}) GROUP BY grouping, value, claim) AS d
            LEFT JOIN relay_group_claims p ON p.grouping = d.grouping AND p.value = d.value AND p.claim = d.claim
            WHERE d.relays <> 0 OR d.altered <> 0;

            INSERT INTO relay_group_claims (grouping, value, claim, relays, altered)
            SELECT grouping, value, claim, relays, altered FROM temp.relay_pair_changes WHERE was + relays > 0
            ON CONFLICT DO UPDATE SET relays = relays + excluded.relays, altered = altered + excluded.altered;

            DELETE FROM relay_group_claims
            WHERE (grouping, value, claim) IN (SELECT grouping, value, claim FROM temp.relay_pair_changes WHERE was + relays = 0);

            INSERT INTO relay_group_counts (grouping, value, key, relays, claims, altered)
            SELECT grouping, value,
                   CASE grouping
                       WHEN 2 THEN nullif(value, 0)
                       WHEN 3 THEN CASE value WHEN 2 THEN 'ALTERED' WHEN 1 THEN 'PARAPHRASE' ELSE 'QUOTE' END
                       WHEN 5 THEN NULL
                       ELSE (SELECT id FROM nodes WHERE nid = value) END,
                   sum(relays), sum(was = 0 AND relays > 0) - sum(was > 0 AND was + relays = 0), sum(altered)
            FROM temp.relay_pair_changes WHERE true GROUP BY grouping, value
            ON CONFLICT DO UPDATE SET relays = relays + excluded.relays, claims = claims + excluded.claims, altered = altered + excluded.altered;

            DELETE FROM relay_group_counts
            WHERE relays = 0 AND (grouping, value) IN (SELECT grouping, value FROM temp.relay_pair_changes);

            -- An outlet or speaker deleted in this transaction may have given its nid to a node written after it, whose
            -- facts took its place and left the group's counts as they were: the group is the new node's (0005's
            -- triggers emptied the group, dropped it, and made it again with the new id).
            UPDATE relay_group_counts SET key = (SELECT id FROM nodes WHERE nid = value)
            WHERE (grouping, value) IN (SELECT 0, outlet FROM relay_fact_changes UNION SELECT 1, speaker FROM relay_fact_changes)
              AND key IS NOT (SELECT id FROM nodes WHERE nid = value);

            DELETE FROM temp.relay_pair_changes;
            DELETE FROM relay_fact_changes;
            """);
    }

    /// <summary>Brings the roll-ups up to date with the facts written so far in <paramref name="transaction"/>.</summary>
    public Task RunAsync(SqliteTransaction transaction, CancellationToken cancellationToken) =>
        _fold.Bind(transaction).ExecuteNonQueryAsync(cancellationToken);

    public void Dispose() => _fold.Dispose();
}
