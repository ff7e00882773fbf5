namespace NewsGraph.Api.Schema.Views;

/// <summary>The source of <c>Response</c>: the other claim and the stance.</summary>
/// <param name="ClaimId">The other claim's id.</param>
/// <param name="Stance">SUPPORTS, DISPUTES or CANNOT_CONFIRM.</param>
internal sealed record ResponseView(string ClaimId, string Stance);
