using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace NewsGraph.Api.Http;

/// <summary>
/// Parses and validates a query text once: a document that passed validation is kept in the <see cref="QueryCache"/>,
/// and the next request with the same text skips the parser and the spec's validation rules. The rules that depend
/// on the request rather than the document — the API key, GET's read-only rule, introspection's switch, the complexity
/// limit (page sizes may be variables) — run on every request, cached document or not.
/// </summary>
internal sealed class DocumentCache(QueryCache cache) : IConfigureExecution
{
    /// <summary>After the options are configured (100) and the persisted query is looked up (0), as GraphQL.NET's own document caches.</summary>
    public float SortOrder => 200;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || string.IsNullOrEmpty(options.Query))
        {
            return await next(options);
        }

        var query = options.Query;
        var cached = cache.GetDocument(query);
        if (cached is not null)
        {
            options.Document = cached;
            // The spec's rules read the document and the schema only, and both are what they were.
            options.ValidationRules = [.. (options.ValidationRules ?? DocumentValidator.CoreRules).Except(DocumentValidator.CoreRules)];
        }

        var result = await next(options);
        if (cached is null && result.Executed && result.Document is not null)
        {
            cache.SetDocument(query, result.Document);
        }

        return result;
    }
}
