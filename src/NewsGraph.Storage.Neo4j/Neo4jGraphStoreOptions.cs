using System.ComponentModel.DataAnnotations;

namespace NewsGraph.Storage.Neo4j;

/// <summary>How to reach Neo4j: bound from the configuration section <see cref="SectionName"/>, validated at start-up.</summary>
public sealed class Neo4jGraphStoreOptions : IValidatableObject
{
    /// <summary>The configuration section: <c>Neo4j</c> (environment: <c>NEWSGRAPH__Neo4j__Url</c> and so on).</summary>
    public const string SectionName = "Neo4j";

    /// <summary>
    /// The default <see cref="BatchSize"/>. Measured on the test server (Neo4j 3.1.1, 512 MB heap, loopback) with
    /// one change of 3,000 generated articles (27,000 rows), several rounds: 100 and 250 rows lose to round trips,
    /// 5,000 to the server's heap, and 500 to 2,000 are level within the noise (about 1,100–1,200 articles/s). The
    /// larger end of that range is taken because a server across a network pays its latency per request.
    /// </summary>
    public const int DefaultBatchSize = 1000;

    /// <summary>The server's HTTP URL (default <c>http://127.0.0.1:7474</c>); the API is chosen by asking it.</summary>
    public Uri Url { get; set; } = new("http://127.0.0.1:7474");

    /// <summary>The user for basic auth (default <c>neo4j</c>); empty sends no credentials.</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>The password for basic auth.</summary>
    public string? Password { get; set; }

    /// <summary>The database on 4.x and 5.x (default <c>neo4j</c>); 3.x has only one.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Database { get; set; } = "neo4j";

    /// <summary>How long to wait for a TCP connection (default 5 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait for the answer to one request (default 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times to run a transaction again after <c>Neo.TransientError.*</c> (default 4).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The wait before the first retry; each further one waits twice as long (default 200 ms).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Rows per <c>UNWIND $rows</c> statement and, roughly, per request (default <see cref="DefaultBatchSize"/>).</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = DefaultBatchSize;

    /// <summary>Use the Query API where the server offers it (5.19+, Aura); otherwise the transactional endpoint (default true).</summary>
    public bool UseQueryApi { get; set; } = true;

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Url is not { IsAbsoluteUri: true } || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult($"Neo4j:Url must be an absolute http or https URL, not '{Url}'.", [nameof(Url)]);
        }
    }
}
