using System.Collections.Frozen;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// The place in a sentence where a news outlet is named as the channel someone spoke or wrote through: "told the
/// Harbour Daily", "speaking to Coastline Sport", "in an interview with the Valley Ledger", "first reported by the
/// Evening Wire", "wrote in the Sunday Review". A name there is an outlet even when no list knows it.
/// </summary>
internal static class OutletChannels
{
    private static readonly FrozenSet<string> TellingVerbs = FrozenSet.ToFrozenSet(["told", "tells", "telling"], StringComparer.OrdinalIgnoreCase);

    // The words that come before each preposition when it introduces the outlet.
    private static readonly FrozenDictionary<string, FrozenSet<string>> ChannelPrepositions = new Dictionary<string, FrozenSet<string>>
    {
        ["to"] = FrozenSet.ToFrozenSet(["speaking", "spoke", "speak", "speaks", "talking", "talked", "talk", "talks"], StringComparer.OrdinalIgnoreCase),
        ["with"] = FrozenSet.ToFrozenSet(["interview", "interviews"], StringComparer.OrdinalIgnoreCase),
        ["by"] = FrozenSet.ToFrozenSet(["reported", "published", "broadcast", "aired"], StringComparer.OrdinalIgnoreCase),
        ["in"] = FrozenSet.ToFrozenSet(["wrote", "writes", "writing", "written"], StringComparer.OrdinalIgnoreCase),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Whether the name of tokens <paramref name="first"/> to <paramref name="end"/> (two words or more) is an outlet
    /// named as a channel: after "the" whatever it looks like ("told the Hill Country Ledger"); without it only when it
    /// opens with no given name and ends in an ordinary word ("told Coastline Sport"), so "told Ana Lopes" stays a person.
    /// </summary>
    public static bool IsOutlet(IReadOnlyList<Token> tokens, int first, int end, Gazetteer gazetteer)
    {
        if (end - first < 2)
        {
            return false;
        }

        var before = first - 1;
        var withArticle = before >= 0 && tokens[before].Is("the");
        if (withArticle)
        {
            before--;
        }

        if (before < 0 || !IsChannelWord(tokens, before))
        {
            return false;
        }

        return withArticle || (!gazetteer.IsGivenName(tokens[first].Value) && gazetteer.IsCommonWord(tokens[end - 1].Value));
    }

    private static bool IsChannelWord(IReadOnlyList<Token> tokens, int i) =>
        TellingVerbs.Contains(tokens[i].Value)
        || (i > 0 && ChannelPrepositions.TryGetValue(tokens[i].Value, out var verbs) && verbs.Contains(tokens[i - 1].Value));
}
