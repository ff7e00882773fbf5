namespace NewsGraph.Graph;

/// <summary>The <see cref="RelayKind"/> of one relay, as the stores count it in their own query languages.</summary>
public static class RelayKinds
{
    /// <summary>The kind of a RELAYED edge with <paramref name="relay"/> properties, of a claim of <paramref name="claimKind"/>.</summary>
    public static RelayKind Of(IReadOnlyDictionary<string, object?> relay, string? claimKind)
    {
        ArgumentNullException.ThrowIfNull(relay);
        return relay.GetValueOrDefault("altered") is true ? RelayKind.Altered
            : relay.GetValueOrDefault("fragment") is true || claimKind == "PARAPHRASE" ? RelayKind.Paraphrase
            : RelayKind.Quote;
    }
}
