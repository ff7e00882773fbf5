using System.Collections.Frozen;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>Nouns that end the names of geographic features ("Tin Can Island", "Gulf of Guinea" aside).</summary>
internal static class PlaceHeads
{
    private static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(
    [
        "Island", "Islands", "Peninsula", "Sea", "Ocean", "River", "Lake", "Mountain", "Mountains", "Valley", "Bay", "Gulf",
        "Strait", "Straits", "Coast", "Desert", "Plateau", "Basin", "Delta", "Canal", "Harbour", "Harbor", "Archipelago",
        "Range", "Ranges", "Glacier", "Fjord", "Creek", "Canyon", "Gorge", "Forks", "Falls", "Volcano", "Reef", "Lagoon",
        "Highlands", "Lowlands", "Plains", "Steppe", "Estuary", "Headland", "Moor", "Moors", "Fjords", "Atoll", "Constituency",
    ], StringComparer.Ordinal);

    // Those no surname is ("Grant County", "Victoria Island"), unlike "Lake", "Bay" or "Moor", which end people's names too.
    private static readonly FrozenSet<string> UnmistakableHeads = FrozenSet.ToFrozenSet(
    [
        "Island", "Islands", "Peninsula", "Ocean", "Valley", "Mountains", "Desert", "Plateau", "Canal", "Archipelago", "Glacier",
        "Fjord", "Canyon", "Gorge", "Volcano", "Lagoon", "Highlands", "Lowlands", "Steppe", "Estuary", "County", "Fjords", "Atoll", "Constituency",
    ], StringComparer.Ordinal);

    // Nouns that end street names ("Franklin Avenue"): a street is no entity, though its name looks like a person's.
    private static readonly FrozenSet<string> StreetHeads = FrozenSet.ToFrozenSet(
        ["Street", "Avenue", "Boulevard", "Road", "Drive", "Highway", "Crescent", "Terrace", "Ave", "Blvd", "Rd"], StringComparer.Ordinal);

    // Nouns that open street names in languages that put the noun first ("Rua do Carmo", "Calle Mayor", "Rue de la Paix").
    private static readonly FrozenSet<string> LeadingStreetHeads = FrozenSet.ToFrozenSet(
        ["Rua", "Rue", "Calle", "Avenida", "Avenue", "Travessa", "Largo", "Praça", "Plaza", "Piazza", "Viale", "Strada", "Ulica", "Carrer"], StringComparer.Ordinal);

    // Nouns that open such names before "of": "Bay of Fundy", "Isle of Skye", "Strait of Hormuz".
    private static readonly FrozenSet<string> LeadingHeads = FrozenSet.ToFrozenSet(
        ["Bay", "Gulf", "Sea", "Isle", "Isles", "Strait", "Straits", "Lake", "Cape", "Mount", "Sound", "Firth"], StringComparer.Ordinal);

    // Nouns that open such names with the name right after them: "River Severn", "Loch Ness", "Mount Kenya", "Mt. Kenya".
    private static readonly FrozenSet<string> NameFirstHeads = FrozenSet.ToFrozenSet(
        ["River", "Lake", "Loch", "Lough", "Mount", "Mt.", "Mt", "Cape", "Isle"], StringComparer.Ordinal);

    public static bool IsHead(string word) => Heads.Contains(word);

    /// <summary>Whether <paramref name="word"/> ends only place names, so that a name ending in it is a place whatever its first word.</summary>
    public static bool IsUnmistakableHead(string word) => UnmistakableHeads.Contains(word);

    /// <summary>Whether tokens <paramref name="start"/> to <paramref name="end"/> name a street by its noun and its name ("Franklin Avenue", "Rua do Carmo").</summary>
    public static bool IsStreet(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start >= 2 && (StreetHeads.Contains(tokens[end - 1].Value) || LeadingStreetHeads.Contains(tokens[start].Value));

    /// <summary>
    /// Whether tokens <paramref name="start"/> to <paramref name="end"/> read "River Severn": a feature noun, then
    /// capitalised words of which the last is no organization noun ("Mount Sinai Hospital" is a hospital).
    /// </summary>
    public static bool IsFeatureBeforeName(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start >= 2 && NameFirstHeads.Contains(tokens[start].Value)
        && Enumerable.Range(start + 1, end - start - 1).All(t => tokens[t].IsCapitalized)
        && OrganizationHeads.KindOf(tokens[end - 1].Value) is null;

    /// <summary>Whether tokens <paramref name="start"/> to <paramref name="end"/> read "Bay of Fundy": a feature noun, "of", then a name.</summary>
    public static bool IsFeatureOf(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start >= 3 && LeadingHeads.Contains(tokens[start].Value) && tokens[start + 1].Value == "of"
        && Enumerable.Range(start + 2, end - start - 2).All(t => tokens[t].IsCapitalized || tokens[t].Value is "the" or "of");
}
