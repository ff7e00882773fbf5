namespace NewsGraph.Extraction;

/// <summary>The sort of a place.</summary>
public enum PlaceKind
{
    /// <summary>Anything not covered by the other kinds (a continent, a peninsula, a sea).</summary>
    Other,
    /// <summary>A sovereign country.</summary>
    Country,
    /// <summary>A region, province, state or other part of a country.</summary>
    Region,
    /// <summary>A city or town.</summary>
    City,
}
