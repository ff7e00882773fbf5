namespace NewsGraph.Graph;

/// <summary>The order of a <see cref="NodeQuery"/>.</summary>
/// <param name="Field">The property to sort by.</param>
/// <param name="Descending">True for descending.</param>
public sealed record NodeOrder(NodeOrderField Field, bool Descending);

/// <summary>Sortable fields. Nodes lacking the field sort after those that have it, in both directions.</summary>
public enum NodeOrderField
{
    /// <summary>The display name: name, Article title, Claim text, AnonymousSource description; case-insensitive.</summary>
    Name,
    /// <summary>Article publishedAt.</summary>
    PublishedAt,
    /// <summary>Article importedAt.</summary>
    ImportedAt,
    /// <summary>Claim relayCount.</summary>
    RelayCount,
    /// <summary>Claim firstSeenAt.</summary>
    FirstSeenAt,
}
