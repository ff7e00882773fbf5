namespace NewsGraph.Api.Schema.Views;

/// <summary>The source of <c>ClaimRelays</c>.</summary>
/// <param name="ClaimId">The claim's id.</param>
/// <param name="Relays">Its matching relays.</param>
/// <param name="Altered">The altered ones.</param>
internal sealed record ClaimRelaysView(string ClaimId, int Relays, int Altered);
