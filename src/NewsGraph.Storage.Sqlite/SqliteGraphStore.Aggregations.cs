using Microsoft.Data.Sqlite;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    public Task<RelayAggregate> AggregateRelaysAsync(RelayAggregateQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query));
        var group = RelayFactSql.GroupColumn(query.GroupBy);
        return ReadAsync(
            async transaction =>
            {
                var groups = query.First == 0 ? [] : await ReadGroupsAsync(transaction, query, group, cancellationToken).ConfigureAwait(false);
                using var total = Command(transaction, "");
                total.CommandText = $"SELECT {RelayFactSql.Counts} FROM relay_facts f WHERE {RelayFactSql.Where(query.Filter, total)}";
                var totals = await GraphRows.ListAsync(total, ReadCounts(0), cancellationToken).ConfigureAwait(false);
                return new RelayAggregate(groups, totals[0]);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ClaimRelayCount>> TopClaimsAsync(RelayFilter filter, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        return ReadAsync(
            async transaction =>
            {
                using var command = Command(transaction, "");
                command.CommandText = $"""
                    SELECT c.id, g.relays, g.altered
                    FROM (SELECT f.claim AS claim, {RelayFactSql.Counts}
                          FROM relay_facts f WHERE {RelayFactSql.Where(filter, command)} GROUP BY f.claim) g
                    JOIN nodes c ON c.nid = g.claim
                    ORDER BY g.relays DESC, c.id LIMIT $first
                    """;
                command.Parameters.AddWithValue("$first", first);
                return await GraphRows.ListAsync(command, r => new ClaimRelayCount(r.GetString(0), r.GetInt64(1), r.GetInt64(2)), cancellationToken)
                    .ConfigureAwait(false);
            },
            cancellationToken);
    }

    private static async Task<IReadOnlyList<RelayGroup>> ReadGroupsAsync(
        SqliteTransaction transaction, RelayAggregateQuery query, string group, CancellationToken cancellationToken)
    {
        using var command = Command(transaction, "");
        command.CommandText = $"""
            SELECT {RelayFactSql.KeyColumn(query.GroupBy)} AS key, g.relays, g.claims, g.altered
            FROM (SELECT {group} AS value, {RelayFactSql.Counts}
                  FROM relay_facts f WHERE {RelayFactSql.Where(query.Filter, command)} GROUP BY value) g
            ORDER BY {RelayFactSql.OrderBy(query.GroupBy)} LIMIT $first
            """;
        command.Parameters.AddWithValue("$first", query.First);
        return await GraphRows.ListAsync(command, r => new RelayGroup(r.IsDBNull(0) ? null : r.GetString(0), ReadCounts(1)(r)), cancellationToken)
            .ConfigureAwait(false);
    }

    private static Func<SqliteDataReader, RelayCounts> ReadCounts(int offset) =>
        reader => new RelayCounts(reader.GetInt64(offset), reader.GetInt64(offset + 1), reader.GetInt64(offset + 2));
}
