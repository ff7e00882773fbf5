namespace NewsGraph.Extraction.Knowledge;

/// <summary>What a gazetteer phrase names.</summary>
internal enum GazetteerKind
{
    Country,
    Region,
    City,
    GeographicRegion,
    Organization,
    Demonym,
}
