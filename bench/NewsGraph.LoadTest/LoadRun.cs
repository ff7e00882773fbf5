namespace NewsGraph.LoadTest;

/// <summary>One query's figures through GraphQL and through the baseline, measured back to back.</summary>
public sealed record LoadRow(BenchQuery Query, int ResponseBytes, LoadFigures GraphQL, LoadFigures Baseline)
{
    public double ThroughputRatio => GraphQL.RequestsPerSecond / Baseline.RequestsPerSecond;
}

/// <summary>Loads each query through <c>/graphql</c>, then its baseline, on one server.</summary>
public static class LoadRun
{
    public static async Task<IReadOnlyList<LoadRow>> RunAsync(BenchServer server, LoadSettings settings, IReadOnlyCollection<string> only, TextWriter log, CancellationToken cancellationToken)
    {
        using var client = new LoadClient(settings.Connections);
        var graphql = new Uri(server.Address, "/graphql");
        var rows = new List<LoadRow>();
        foreach (var query in await BenchQueries.ResolveAsync(client, server.Address, cancellationToken).ConfigureAwait(false))
        {
            if (only.Count > 0 && !only.Contains(query.Name))
            {
                continue;
            }

            var expected = await client.PostAsync(graphql, query.Body, cancellationToken).ConfigureAwait(false);
            server.Baseline.Set(query.Name, expected);
            await log.WriteLineAsync($"{query.Description}: {expected.Length:N0} bytes; GraphQL, then baseline, {settings.Connections} connections, {settings.WarmUp.TotalSeconds:0.#} s warm-up + {settings.Duration.TotalSeconds:0.#} s each").ConfigureAwait(false);
            var viaGraphQL = await client.RunAsync(graphql, query.Body, expected, settings.WarmUp, settings.Duration, cancellationToken).ConfigureAwait(false);
            var baseline = await client.RunAsync(new Uri(server.Address, BenchServer.BaselinePath + query.Name), query.Body, expected, settings.WarmUp, settings.Duration, cancellationToken).ConfigureAwait(false);
            rows.Add(new LoadRow(query, expected.Length, viaGraphQL, baseline));
        }

        return rows;
    }
}
