namespace NewsGraph.Graph;

/// <summary>
/// Which relays an aggregation counts; null means "no filter" and all given filters must match. A relay is a RELAYED
/// edge from an Article to a Claim, as <c>Claim.relayCount</c> counts them. Text comparisons are case-insensitive
/// substring matches, as in <see cref="NodeFilter"/>; date bounds apply to the relaying article's <c>publishedAt</c>
/// and compare on their own length, so a relay in an undated article matches neither bound.
/// </summary>
public sealed record RelayFilter
{
    /// <summary>Relays of the claim with this id.</summary>
    public string? ClaimId { get; init; }

    /// <summary>Relays of claims stated by the node with this id, or by a speaker whose name or alias contains this.</summary>
    public string? Speaker { get; init; }

    /// <summary>Relays in articles published by the organization with this id, or whose name contains this.</summary>
    public string? Outlet { get; init; }

    /// <summary>Relays in articles published on or after this ISO date.</summary>
    public string? PublishedFrom { get; init; }

    /// <summary>Relays in articles published on or before this ISO date (<c>2024-11-12</c> keeps the whole day).</summary>
    public string? PublishedTo { get; init; }
}
