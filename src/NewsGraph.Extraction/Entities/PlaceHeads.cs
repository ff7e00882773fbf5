using System.Collections.Frozen;

namespace NewsGraph.Extraction.Entities;

/// <summary>Nouns that end the names of geographic features ("Tin Can Island", "Gulf of Guinea" aside).</summary>
internal static class PlaceHeads
{
    private static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(
    [
        "Island", "Islands", "Peninsula", "Sea", "Ocean", "River", "Lake", "Mountain", "Mountains", "Valley", "Bay", "Gulf",
        "Strait", "Straits", "Coast", "Desert", "Plateau", "Basin", "Delta", "Canal", "Harbour", "Harbor", "Archipelago",
        "Range", "Ranges", "Glacier", "Fjord", "Creek", "Canyon", "Gorge", "Forks", "Falls", "Volcano", "Reef", "Lagoon",
        "Highlands", "Lowlands", "Plains", "Steppe", "Estuary", "Headland", "Moor", "Moors",
    ], StringComparer.Ordinal);

    public static bool IsHead(string word) => Heads.Contains(word);
}
