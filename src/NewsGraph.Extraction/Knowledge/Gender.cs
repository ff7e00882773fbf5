namespace NewsGraph.Extraction.Knowledge;

/// <summary>The gender a given name suggests, used only to match "he" and "she" to the right person.</summary>
internal enum Gender
{
    Unknown,
    Female,
    Male,
}
