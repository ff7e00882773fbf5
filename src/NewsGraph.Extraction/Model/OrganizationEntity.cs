namespace NewsGraph.Extraction;

/// <summary>An organization named in an article.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other forms the article uses.</param>
/// <param name="Mentions">How many times the article mentions it.</param>
/// <param name="Kind">What sort of organization it is.</param>
public sealed record OrganizationEntity(string Name, IReadOnlyList<string> Aliases, int Mentions, OrganizationKind Kind)
    : NamedEntity(Name, Aliases, Mentions);
