using System.ComponentModel.DataAnnotations;

namespace NewsGraph.Api.Hosting;

/// <summary>What one request may cost. Section <c>Api:Limits</c>.</summary>
public sealed class ApiLimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api:Limits";

    /// <summary>The largest request body, in bytes. Default 1 MiB (an article's text fits many times).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>The deepest selection nesting a document may have. Default 15.</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The highest estimated cost of a document: each field costs 1, times the page sizes (<c>first</c>) of the
    /// lists it sits in. Default 50,000: a page of 100 claims with speakers, relays and relayers' outlets fits.
    /// </summary>
    [Range(1, 100_000_000)]
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>The largest <c>first</c>, and the most ids <c>nodes</c> takes. Default 100.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The most hops <c>neighbourhood</c> walks. Default 3.</summary>
    [Range(1, 10)]
    public int MaxNeighbourhoodDepth { get; set; } = 3;

    /// <summary>The longest <c>path</c>, in edges. Default 10.</summary>
    [Range(1, 50)]
    public int MaxPathHops { get; set; } = 10;

    /// <summary>How long one operation may run. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
