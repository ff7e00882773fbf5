using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc/>
    public async Task<RelayAggregate> AggregateRelaysAsync(RelayAggregateQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query));
        var total = RelayAggregateStatements.Total(query.Filter);
        if (query.First == 0)
        {
            return new RelayAggregate([], Counts((await ReadOneAsync(total, cancellationToken).ConfigureAwait(false)).Records[0]));
        }

        var results = await ReadAsync([RelayAggregateStatements.Groups(query), total], cancellationToken).ConfigureAwait(false);
        return new RelayAggregate(
            [.. results[0].Records.Select(record => new RelayGroup(record.GetString("key"), Counts(record)))],
            Counts(results[1].Records[0]));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ClaimRelayCount>> TopClaimsAsync(RelayFilter filter, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        if (first == 0)
        {
            return [];
        }

        var result = await ReadOneAsync(RelayAggregateStatements.TopClaims(filter, first), cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(record => new ClaimRelayCount(record.GetString("claim")!, record.GetLong("relays"), record.GetLong("altered")))];
    }

    private static RelayCounts Counts(CypherRecord record) =>
        new(record.GetLong("relays"), record.GetLong("claims"), record.GetLong("altered"));
}
