namespace NewsGraph.Graph;

/// <summary>
/// Filters for <see cref="NodeQuery"/>. Null means "no filter". Each applies to the labels named; on another
/// label it matches nothing. Text comparisons are case-insensitive substring matches. Date bounds compare on
/// their own length, so <c>PublishedTo = "2024-11-12"</c> keeps <c>2024-11-12T18:30:00Z</c>; a node without the
/// date matches neither bound.
/// </summary>
public sealed record NodeFilter
{
    /// <summary>Name (Article: title; Claim: text; AnonymousSource: description) or an alias contains this.</summary>
    public string? NameContains { get; init; }

    /// <summary>Claim: stated by the node with this id, or by a speaker whose name or alias contains this.</summary>
    public string? Speaker { get; init; }

    /// <summary>Claim: ABOUT the node with this id, or one whose name contains this.</summary>
    public string? Subject { get; init; }

    /// <summary>Article: published by the organization with this id, or whose name contains this. Claim: relayed by such an article.</summary>
    public string? Outlet { get; init; }

    /// <summary>Article: publishedAt on or after this ISO date. Claim: firstSeenAt on or after it.</summary>
    public string? PublishedFrom { get; init; }

    /// <summary>Article: publishedAt on or before this ISO date. Claim: firstSeenAt on or before it.</summary>
    public string? PublishedTo { get; init; }

    /// <summary>Claim: relayCount at least this; a claim without relayCount counts 0.</summary>
    public long? MinRelays { get; init; }

    /// <summary>Claim: true keeps claims with at least one altered relay (alteredCount &gt; 0), false those with none (alteredCount 0 or missing).</summary>
    public bool? Altered { get; init; }

    /// <summary>Article: the content hash equals this.</summary>
    public string? ContentHash { get; init; }
}
