using System.Collections.Frozen;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// Words around a name that say it names a place, whatever it looks like: "Tokyo-based", "X, of Pine Bluff,",
/// "Sen. X, R-Salina,", a list that goes on after a place.
/// </summary>
internal sealed class PlaceClues(Gazetteer gazetteer)
{
    // The endings of compounds whose first part is a place ("Tokyo-based").
    private static readonly FrozenSet<string> PlaceSuffixes = FrozenSet.ToFrozenSet(["based", "born", "bred", "raised", "headquartered"], StringComparer.Ordinal);

    /// <summary>The known place that opens a compound such as "Tokyo-based" or "Lisbon-born".</summary>
    public GazetteerEntry? PlaceBeforeSuffix(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && PlaceSuffixes.Contains(word[(hyphen + 1)..]) ? KnownPlace(word[..hyphen]) : null;
    }

    /// <summary>"Ruth Ahlberg, of Pine Bluff, served": a name set off by commas after "of" and a name is where that person is from.</summary>
    public static bool IsHometown(IReadOnlyList<Token> tokens, int first, int end) =>
        first >= 3 && tokens[first - 1].Is("of") && tokens[first - 2].Value == "," && tokens[first - 3].IsCapitalized
        && end < tokens.Count && tokens[end].Value is "," or ";";

    /// <summary>
    /// "branches in Hebden Bridge": a name of at most three words right after "in" or "near" may name a place (the
    /// resolver makes it one unless it names a person or an organization), unless its own possessive follows ("in
    /// Smith's view").
    /// </summary>
    public static bool IsAfterLocative(IReadOnlyList<Token> tokens, int first, int end) =>
        first >= 1 && tokens[first - 1].Value is "in" or "near" && end - first <= 3
        && !(end < tokens.Count && tokens[end].Kind == TokenKind.Possessive);

    private static readonly FrozenSet<string> DirectionsBefore = FrozenSet.ToFrozenSet(
        [.. NameWords.Directions, .. NameWords.CompassWords, "North-east", "North-west", "South-east", "South-west", "Northeast", "Northwest", "Southeast", "Southwest"],
        StringComparer.Ordinal);

    /// <summary>"Palmerston North": a direction after a known place is part of that place's name, not a place called "North".</summary>
    public static bool IsDirectionAfterPlace(IReadOnlyList<Token> tokens, Segment place, Segment direction) =>
        place is { Kind: SegmentKind.Known, Entry.IsPlace: true } && IsDirection(tokens, direction, NameWords.Directions) && direction.FirstToken == place.EndToken;

    /// <summary>"Southern Ontario", "Central Anatolia", "South-west Germany": a capitalised direction before a known place, which together name a region.</summary>
    public static bool IsDirectionBeforePlace(IReadOnlyList<Token> tokens, Segment direction, Segment place) =>
        place is { Kind: SegmentKind.Known, Entry.IsPlace: true } && IsDirection(tokens, direction, DirectionsBefore) && place.FirstToken == direction.EndToken;

    /// <summary>
    /// "the Eastern Ontario region": a known place followed by a noun such as "region" or "province" is that unit, and a
    /// direction before it only says which part of the unit is meant.
    /// </summary>
    public static bool IsBeforeItsUnitNoun(IReadOnlyList<Token> tokens, Segment place) =>
        place.EndToken < tokens.Count && NameWords.PlaceOfNouns.Contains(tokens[place.EndToken].Value);

    private static bool IsDirection(IReadOnlyList<Token> tokens, Segment segment, FrozenSet<string> directions) =>
        segment is { Kind: SegmentKind.Name } && segment.EndToken - segment.FirstToken == 1 && directions.Contains(tokens[segment.FirstToken].Value);

    /// <summary>"Sen. X, D-Garden City, said": a party letter joined to a lawmaker's home, set off by commas after a name.</summary>
    public static bool IsPartyAndHome(IReadOnlyList<Token> tokens, int start, int end) =>
        start >= 2 && tokens[start - 1].Value == "," && tokens[start - 2].IsCapitalized
        && tokens[start].Value.Length > 3 && tokens[start].Value[0] is 'D' or 'R' or 'I' && tokens[start].Value[1] == '-' && char.IsUpper(tokens[start].Value[2])
        && !tokens[start].Value.Contains('.', StringComparison.Ordinal)
        && end < tokens.Count && tokens[end].Value == ",";

    /// <summary>The home in tokens <paramref name="start"/>..<paramref name="end"/> that <see cref="IsPartyAndHome"/> found: a known place where the gazetteer has it.</summary>
    public Mention PartyHome(Paragraph paragraph, int start, int end)
    {
        var home = (paragraph.Tokens[start].Value[2..] + " " + paragraph.Slice(start + 1, end)).Trim();
        return KnownPlace(home) is { } entry
            ? new Mention(EntityType.Place, entry.Name, paragraph, start, end) { PlaceKind = entry.PlaceKind, Country = entry.Country }
            : new Mention(EntityType.Place, home, paragraph, start, end) { PlaceKind = PlaceKind.City };
    }

    /// <summary>
    /// "in Mathare, Kariobangi and Eastleigh": a tentative word in a list after a place, or after a word read after
    /// "in", is read as a place when it is no one's name, as that one is. A comma alone does not make a list
    /// ("In Ostrava, Dvorak, the mayor, said"): the list must go on with "and", "or" or another name.
    /// </summary>
    public static List<Mention> ListedWithPlaces(List<Mention> mentions)
    {
        for (var k = 1; k < mentions.Count; k++)
        {
            var (before, mention) = (mentions[k - 1], mentions[k]);
            var tokens = mention.Paragraph.Tokens;
            if (!mention.IsTentative || mention.AfterLocative || mention.BeforeSpeechVerb || before.Paragraph != mention.Paragraph
                || mention.FirstToken != before.EndToken + 1 || !(before.Type == EntityType.Place || before.AfterLocative))
            {
                continue;
            }

            var joiner = tokens[before.EndToken].Value;
            var next = mention.EndToken;
            var listGoesOn = next + 1 < tokens.Count && tokens[next].Value is "," or "and" or "or" && tokens[next + 1].IsCapitalized;
            if (joiner is "and" or "or" || (joiner == "," && listGoesOn))
            {
                mentions[k] = mention with { AfterLocative = true };
            }
        }

        return mentions;
    }

    private GazetteerEntry? KnownPlace(string phrase)
    {
        foreach (var entry in gazetteer.Lookup(phrase))
        {
            if (entry.IsPlace)
            {
                return entry;
            }
        }

        return null;
    }
}
