using System.ComponentModel.DataAnnotations;

namespace NewsGraph.Api.Http;

/// <summary>Automatic Persisted Queries. Section <c>Api:PersistedQueries</c>.</summary>
public sealed class PersistedQueryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api:PersistedQueries";

    /// <summary>How many queries the server keeps by hash; the least recently used go first. Default 1,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxQueries { get; set; } = 1000;
}
