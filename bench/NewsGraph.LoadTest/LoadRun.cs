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
            var baselineUrl = new Uri(server.Address, BaselineEndpoints.Path + query.Name);
            CheckSame(query, expected, await client.PostAsync(baselineUrl, query.Body, cancellationToken).ConfigureAwait(false));
            await log.WriteLineAsync($"{query.Description}: {expected.Length:N0} bytes; GraphQL, then baseline, {settings.Connections} connections, {settings.WarmUp.TotalSeconds:0.#} s warm-up + {settings.Duration.TotalSeconds:0.#} s each").ConfigureAwait(false);
            var viaGraphQL = await client.RunAsync(graphql, query.Body, expected, settings.WarmUp, settings.Duration, cancellationToken).ConfigureAwait(false);
            var baseline = await client.RunAsync(baselineUrl, query.Body, expected, settings.WarmUp, settings.Duration, cancellationToken).ConfigureAwait(false);
            rows.Add(new LoadRow(query, expected.Length, viaGraphQL, baseline));
        }

        return rows;
    }

    /// <summary>A baseline that answers other bytes than GraphQL would compare two different things: refuse to run.</summary>
    private static void CheckSame(BenchQuery query, byte[] graphql, byte[] baseline)
    {
        if (graphql.AsSpan().SequenceEqual(baseline))
        {
            return;
        }

        var at = graphql.AsSpan().CommonPrefixLength(baseline);
        string Around(byte[] body) => System.Text.Encoding.UTF8.GetString(body, Math.Max(0, at - 80), Math.Min(body.Length, at + 80) - Math.Max(0, at - 80));
        throw new InvalidOperationException(
            $"The baseline of {query.Name} differs from the GraphQL answer at byte {at} ({graphql.Length:N0} and {baseline.Length:N0} bytes):\n  GraphQL:  …{Around(graphql)}…\n  baseline: …{Around(baseline)}…");
    }
}
