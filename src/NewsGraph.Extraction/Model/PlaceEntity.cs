namespace NewsGraph.Extraction;

/// <summary>A place named in an article.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other forms the article uses.</param>
/// <param name="Mentions">How many times the article mentions it.</param>
/// <param name="Kind">Country, region, city or other.</param>
/// <param name="Country">The canonical name of the country it lies in, where known and it is not a country itself.</param>
public sealed record PlaceEntity(string Name, IReadOnlyList<string> Aliases, int Mentions, PlaceKind Kind, string? Country)
    : NamedEntity(Name, Aliases, Mentions);
