namespace NewsGraph.Extraction.Knowledge;

/// <summary>One thing the gazetteer knows, under its canonical name.</summary>
/// <param name="Name">Canonical name (for a demonym: the country's canonical name).</param>
/// <param name="Kind">What it is.</param>
/// <param name="Country">The country a region or city lies in, or null.</param>
/// <param name="OrganizationKind">For organizations, their kind.</param>
/// <param name="IsPhotoAgency">For organizations, whether photo credits name it.</param>
/// <param name="Rank">Tie-breaker when a phrase names several entries: higher wins (population for cities).</param>
internal sealed record GazetteerEntry(
    string Name,
    GazetteerKind Kind,
    string? Country,
    OrganizationKind OrganizationKind = OrganizationKind.Other,
    bool IsPhotoAgency = false,
    long Rank = 0)
{
    public bool IsPlace => Kind is GazetteerKind.Country or GazetteerKind.Region or GazetteerKind.City or GazetteerKind.GeographicRegion;

    public PlaceKind PlaceKind => Kind switch
    {
        GazetteerKind.Country => PlaceKind.Country,
        GazetteerKind.Region => PlaceKind.Region,
        GazetteerKind.City => PlaceKind.City,
        _ => PlaceKind.Other,
    };
}
