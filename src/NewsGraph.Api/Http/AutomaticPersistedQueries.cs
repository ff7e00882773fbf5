using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.DI;
using NewsGraph.Api.Errors;

namespace NewsGraph.Api.Http;

/// <summary>
/// Automatic Persisted Queries, Apollo's convention: a request whose <c>extensions.persistedQuery</c> is
/// <c>{"version": 1, "sha256Hash": "…"}</c> and carries the query registers it under its hash (after checking the hash);
/// one with the hash alone runs the registered query, or is answered <c>PERSISTED_QUERY_NOT_FOUND</c>. The hash travels
/// in the query string too, so a registered query is a short, cacheable GET.
/// </summary>
/// <remarks>The queries are kept in the <see cref="QueryCache"/>, with the parsed documents.</remarks>
internal sealed class AutomaticPersistedQueries(QueryCache cache) : IConfigureExecution
{
    private const string Extension = "persistedQuery";

    /// <inheritdoc />
    public float SortOrder => 0;

    /// <summary>Whether the request asks for a persisted query (so it may come without its query).</summary>
    public static bool IsRequested(Inputs? extensions) => extensions?.ContainsKey(Extension) == true;

    /// <inheritdoc />
    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Extensions?.TryGetValue(Extension, out var value) != true)
        {
            return next(options);
        }

        var persisted = value as IReadOnlyDictionary<string, object?>;
        var hash = persisted?.GetValueOrDefault("sha256Hash") as string;
        if (!IsVersion1(persisted?.GetValueOrDefault("version")) || hash is null || !IsSha256(hash))
        {
            return Refuse(new PersistedQueryNotSupportedError(
                "`extensions.persistedQuery` must be {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}."));
        }

        var key = hash.ToLowerInvariant();
        if (string.IsNullOrEmpty(options.Query))
        {
            if (!cache.TryGetPersisted(key, out var query))
            {
                return Refuse(new PersistedQueryNotFoundError());
            }

            options.Query = query;
        }
        else if (HashOf(options.Query) == key)
        {
            cache.SetPersisted(key, options.Query);
        }
        else
        {
            return Refuse(new PersistedQueryHashMismatchError(
                $"The persisted-query hash {hash} is not the SHA-256 of the query sent with it; send the hash of the query's UTF-8 text, in hex."));
        }

        return next(options);
    }

    /// <summary>The lower-case hex SHA-256 of the query's UTF-8 text.</summary>
    public static string HashOf(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private static bool IsVersion1(object? version) => Convert.ToString(version, CultureInfo.InvariantCulture) == "1";

    private static bool IsSha256(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigit);

    private static Task<ExecutionResult> Refuse(ExecutionError error) => Task.FromResult(new ExecutionResult { Errors = [error] });
}
