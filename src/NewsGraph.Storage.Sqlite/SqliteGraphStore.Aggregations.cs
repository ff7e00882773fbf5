using Microsoft.Data.Sqlite;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    public Task<RelayAggregate> AggregateRelaysAsync(RelayAggregateQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Filter);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query));
        var sql = AggregateSqlFor(query.Filter);
        return ReadAsync(
            async connection =>
            {
                IReadOnlyList<RelayGroup> groups = [];
                if (query.First > 0)
                {
                    var parameters = new Dictionary<string, object?> { ["$first"] = query.First };
                    using var command = Command(connection, sql.Groups(query, parameters), parameters);
                    groups = await GraphRows.ListAsync(command, r => new RelayGroup(r.IsDBNull(0) ? null : r.GetString(0), ReadCounts(r, 1)), cancellationToken)
                        .ConfigureAwait(false);
                }

                var totalParameters = new Dictionary<string, object?>();
                using var total = Command(connection, sql.Total(query.Filter, totalParameters), totalParameters);
                var totals = await GraphRows.ListAsync(total, r => ReadCounts(r, 0), cancellationToken).ConfigureAwait(false);
                return new RelayAggregate(groups, totals[0]);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ClaimRelayCount>> TopClaimsAsync(RelayFilter filter, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var sql = AggregateSqlFor(filter);
        return ReadAsync(
            async connection =>
            {
                var parameters = new Dictionary<string, object?> { ["$first"] = first };
                using var command = Command(connection, sql.TopClaims(filter, parameters), parameters);
                return await GraphRows.ListAsync(command, r => new ClaimRelayCount(r.GetString(0), r.GetInt64(1), r.GetInt64(2)), cancellationToken)
                    .ConfigureAwait(false);
            },
            cancellationToken);
    }

    // The roll-ups where they hold the answer; otherwise a count over the relays the filter keeps.
    private static IRelayAggregateSql AggregateSqlFor(RelayFilter filter) =>
        RelayRollupSql.Answers(filter) ? RelayRollupSql.Instance : RelayFactSql.Instance;

    private static RelayCounts ReadCounts(SqliteDataReader reader, int offset) =>
        new(reader.GetInt64(offset), reader.GetInt64(offset + 1), reader.GetInt64(offset + 2));
}
