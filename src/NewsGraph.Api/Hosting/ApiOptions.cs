using System.ComponentModel.DataAnnotations;

namespace NewsGraph.Api.Hosting;

/// <summary>The GraphQL endpoint's behaviour. Section <c>Api</c> (environment: <c>NEWSGRAPH__API__…</c>).</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api";

    /// <summary>
    /// The key that mutations must carry in <see cref="ApiKeyHeader"/>. Null or empty refuses every mutation.
    /// Default: none.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The request header that carries the API key. Default <c>X-Api-Key</c>.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9-]+$")]
    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    /// <summary>Whether the schema may be introspected (the IDE needs it). Default true.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>
    /// Whether GET requests must carry a non-empty <c>GraphQL-Require-Preflight</c> header. Default false: GET runs
    /// queries only and NewsGraph uses no cookies, so a cross-site GET can read nothing a script could not fetch itself.
    /// </summary>
    public bool RequirePreflightHeaderOnGet { get; set; }

    /// <summary>Origins (<c>https://dash.example.org</c>) allowed to call the API from a browser. Default: none.</summary>
    public IList<string> CorsOrigins { get; } = [];
}
