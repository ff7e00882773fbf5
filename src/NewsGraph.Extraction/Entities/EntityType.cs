namespace NewsGraph.Extraction.Entities;

/// <summary>The three sorts of named entity the extractor finds.</summary>
internal enum EntityType
{
    Person,
    Organization,
    Place,
}
