using System.ComponentModel.DataAnnotations;

namespace NewsGraph.Api.Http;

/// <summary>How GET answers of the GraphQL endpoint may be cached. Section <c>Api:GetCaching</c>.</summary>
public sealed class GetCachingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api:GetCaching";

    /// <summary>
    /// How long a browser or proxy may reuse a GET answer without asking again (<c>Cache-Control: max-age</c>); after
    /// that it revalidates with <c>If-None-Match</c> and gets 304 while the answer is unchanged. Default 10 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(10);
}
