using System.Diagnostics.CodeAnalysis;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NewsGraph.Api.Http;

/// <summary>
/// The server's one cache of queries, bounded by <see cref="QueryCacheOptions.MaxCharacters"/>: the Automatic
/// Persisted Queries registry (hash to query text) and the documents that were parsed and passed validation (query
/// text to document). It holds no data, so an import never makes it stale.
/// </summary>
internal sealed class QueryCache : IDisposable
{
    private readonly MemoryCache _entries;

    /// <summary>Creates the cache.</summary>
    public QueryCache(IOptions<QueryCacheOptions> options) =>
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MaxCharacters });

    /// <summary>How many entries the cache holds now.</summary>
    public int Count => _entries.Count;

    /// <summary>The query registered under a persisted-query hash (lower-case hex).</summary>
    public bool TryGetPersisted(string hash, [NotNullWhen(true)] out string? query) => _entries.TryGetValue(new PersistedHash(hash), out query);

    /// <summary>Registers <paramref name="query"/> under its hash.</summary>
    public void SetPersisted(string hash, string query) => Set(new PersistedHash(hash), query, query);

    /// <summary>The parsed document of <paramref name="query"/>, when it passed validation before.</summary>
    public GraphQLDocument? GetDocument(string query) => _entries.TryGetValue(query, out GraphQLDocument? document) ? document : null;

    /// <summary>Keeps the parsed document of <paramref name="query"/>, which passed validation.</summary>
    public void SetDocument(string query, GraphQLDocument document) => Set(query, document, query);

    /// <inheritdoc />
    public void Dispose() => _entries.Dispose();

    private void Set(object key, object value, string query) =>
        _entries.Set(key, value, new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });

    /// <summary>A registry key, never equal to a query text (the document key).</summary>
    private sealed record PersistedHash(string Hash);
}
