using System.ComponentModel.DataAnnotations;

namespace NewsGraph.Api.Http;

/// <summary>The query cache: persisted queries and parsed, validated documents. Section <c>Api:QueryCache</c>.</summary>
public sealed class QueryCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api:QueryCache";

    /// <summary>
    /// How many characters of query text the cache holds, each entry counted by the length of its query; the least
    /// recently used go first. A parsed document takes several times its text in memory. Default 4,000,000.
    /// </summary>
    [Range(1, 1_000_000_000)]
    public int MaxCharacters { get; set; } = 4_000_000;
}
