using System.Text.Json;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>
/// The transactional Cypher endpoint: <c>/db/data/transaction</c> on 3.x, <c>/db/{database}/tx</c> on 4.x and 5.x.
/// Many statements travel in one request, and <c>…/commit</c> runs them all in one transaction.
/// </summary>
internal sealed class TransactionalEndpointDialect(Neo4jHttpClient http, string transactionPath) : INeo4jDialect
{
    /// <inheritdoc/>
    public string Name => $"transactional endpoint {transactionPath}";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(http, transactionPath + "/commit", statements, cancellationToken).ConfigureAwait(false);
        return ReadResults(response.Root);
    }

    /// <inheritdoc/>
    public INeo4jTransaction Begin() => new TransactionalEndpointTransaction(http, transactionPath);

    /// <summary>Posts <c>{"statements": […]}</c> to <paramref name="path"/>.</summary>
    public static Task<Neo4jResponse> PostAsync(Neo4jHttpClient http, string path, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, path, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                CypherJson.WriteStatement(writer, statement, rowResults: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }, affinity: null, cancellationToken);

    /// <summary>Reads <c>results[i].columns</c> and <c>results[i].data[j].row</c>.</summary>
    public static IReadOnlyList<CypherResult> ReadResults(JsonElement root)
    {
        if (!root.TryGetProperty("results", out var results))
        {
            return [];
        }

        return [.. results.EnumerateArray().Select(result =>
        {
            var columns = ColumnIndex(result.GetProperty("columns"));
            return new CypherResult([.. result.GetProperty("data").EnumerateArray().Select(data =>
                new CypherRecord(columns, [.. data.GetProperty("row").EnumerateArray().Select(CypherJson.ReadValue)]))]);
        })];
    }

    /// <summary>Column name to position.</summary>
    public static Dictionary<string, int> ColumnIndex(JsonElement columns) =>
        columns.EnumerateArray().Select((column, index) => (Name: column.GetString() ?? "", index))
            .ToDictionary(column => column.Name, column => column.index, StringComparer.Ordinal);
}
