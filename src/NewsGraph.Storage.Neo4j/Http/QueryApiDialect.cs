using System.Text.Json;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>
/// The Query API (<c>/db/{database}/query/v2</c>, Neo4j 5.19+ and Aura): one statement per request, results as
/// <c>{"data": {"fields": […], "values": [[…]]}}</c>, explicit transactions under <c>…/tx</c>.
/// </summary>
internal sealed class QueryApiDialect(Neo4jHttpClient http, string queryPath) : INeo4jDialect
{
    /// <inheritdoc/>
    public string Name => $"Query API {queryPath}";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var results = new List<CypherResult>(statements.Count);
        foreach (var statement in statements)
        {
            using var response = await PostAsync(http, queryPath, statement, affinity: null, cancellationToken).ConfigureAwait(false);
            results.Add(ReadResult(response.Root));
        }

        return results;
    }

    /// <inheritdoc/>
    public INeo4jTransaction Begin() => new QueryApiTransaction(http, queryPath + "/tx");

    /// <summary>Posts one statement, or an empty body when <paramref name="statement"/> is null.</summary>
    public static Task<Neo4jResponse> PostAsync(Neo4jHttpClient http, string path, CypherStatement? statement, string? affinity, CancellationToken cancellationToken) =>
        http.SendAsync(HttpMethod.Post, path, writer =>
        {
            if (statement is null)
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
            else
            {
                CypherJson.WriteStatement(writer, statement, rowResults: false);
            }
        }, affinity, cancellationToken);

    /// <summary>Reads <c>data.fields</c> and <c>data.values</c>.</summary>
    public static CypherResult ReadResult(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return new CypherResult([]);
        }

        var columns = TransactionalEndpointDialect.ColumnIndex(data.GetProperty("fields"));
        return new CypherResult([.. data.GetProperty("values").EnumerateArray().Select(values =>
            new CypherRecord(columns, [.. values.EnumerateArray().Select(CypherJson.ReadValue)]))]);
    }
}
