namespace NewsGraph.Graph;

/// <summary>A claim of <see cref="IGraphStore.TopClaimsAsync"/>, with the relays of it that the filter matched.</summary>
/// <param name="ClaimId">The claim's id.</param>
/// <param name="Relays">How many matching relays carry it.</param>
/// <param name="Altered">How many of those are <see cref="RelayKind.Altered"/>.</param>
public sealed record ClaimRelayCount(string ClaimId, long Relays, long Altered);
