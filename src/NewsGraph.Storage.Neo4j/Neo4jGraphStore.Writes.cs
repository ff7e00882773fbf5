using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Cypher;
using NewsGraph.Storage.Neo4j.Http;

namespace NewsGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// One explicit transaction: deletes and node upserts, then a check that every edge end exists, then the edge
    /// upserts and the commit. A missing end rolls everything back with the code <c>Store.DanglingEdge</c>.
    /// Upserts are MERGEs, so applying the same change again changes nothing.
    /// </remarks>
    public async Task ApplyAsync(GraphChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.IsEmpty)
        {
            return;
        }

        var plan = WritePlan.For(change, _options.BatchSize);
        await _retry.ExecuteAsync(async token =>
        {
            var connection = await ConnectAsync(token).ConfigureAwait(false);
            await ApplyOnceAsync(connection.Dialect, plan, token).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task ApplyOnceAsync(INeo4jDialect dialect, WritePlan plan, CancellationToken cancellationToken)
    {
        var transaction = dialect.Begin();
        await using (transaction.ConfigureAwait(false))
        {
            var requests = 0;
            var statements = plan.Before.Count + plan.Edges.Count;
            var remaining = plan.Edges;
            if (plan.EndpointCheck is { } check)
            {
                IReadOnlyList<CypherResult> results = [];
                foreach (var request in RequestPacker.Pack([.. plan.Before, check], _options.BatchSize))
                {
                    results = await transaction.RunAsync(request, cancellationToken).ConfigureAwait(false);
                    requests++;
                }

                ThrowIfDangling(results[^1]);
            }
            else
            {
                remaining = plan.Before;
            }

            var packs = RequestPacker.Pack(remaining, _options.BatchSize);
            for (var i = 0; i < packs.Count - 1; i++)
            {
                await transaction.RunAsync(packs[i], cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(packs.Count > 0 ? packs[^1] : [], cancellationToken).ConfigureAwait(false);
            Log.ChangeApplied(_logger, statements, requests + Math.Max(packs.Count, 1));
        }
    }

    private static void ThrowIfDangling(CypherResult check)
    {
        if (check.Records.Count > 0)
        {
            var ids = string.Join(", ", check.Records.Select(record => $"'{record.GetString("id")}'"));
            throw new GraphStoreException(
                $"The change was not applied: edges end at nodes that do not exist ({ids}).", StoreErrorCodes.DanglingEdge, isTransient: false);
        }
    }
}
