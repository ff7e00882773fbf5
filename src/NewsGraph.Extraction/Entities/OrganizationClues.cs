using System.Collections.Frozen;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>Words around a capitalised run that say it names an organization, and what sort.</summary>
internal static class OrganizationClues
{
    // An apposition's noun of organization type comes within this many words ("a Norwegian state-owned utility").
    private const int MaxAppositionWords = 4;

    // Words an apposition's noun is not found past ("X, a researcher at the group").
    private static readonly FrozenSet<string> AppositionStops = FrozenSet.ToFrozenSet(
        ["at", "of", "for", "in", "on", "with", "to", "from", "by", "the", "a", "an", "and", "or", "who", "whose", "that"], StringComparer.OrdinalIgnoreCase);

    // Words that may follow the noun that ends an apposition ("X, a utility based in Oslo", "X, the grid company for
    // the district", "X, the parent company of Y").
    private static readonly FrozenSet<string> AppositionEnds = FrozenSet.ToFrozenSet(
        ["that", "which", "whose", "based", "in", "with", "and", "headquartered", "owned", "listed", "for", "of"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a known place followed at once by a known body of several words names the place's own body ("Kansas
    /// House of Representatives", "Kenya Red Cross") rather than the body the gazetteer knows under those words (the
    /// U.S. House, the International Committee of the Red Cross). Single words ("Senate", "EU") are left alone:
    /// a headline's "China EU trade" lists two names.
    /// </summary>
    public static bool IsPlaceQualifiedBody(Segment place, Segment body) =>
        place is { Kind: SegmentKind.Known, Entry.IsPlace: true }
        && body is { Kind: SegmentKind.Known, Entry: { Kind: GazetteerKind.Organization, OrganizationKind: OrganizationKind.Government or OrganizationKind.Other } }
        && body.FirstToken == place.EndToken
        && body.EndToken - body.FirstToken >= 2;

    /// <summary>"a new feature called Clear Table, which …": a name given to a thing ("called", "named", "dubbed") that no organization noun introduced.</summary>
    public static bool IsNamedThing(IReadOnlyList<Token> tokens, int start) =>
        start >= 2 && tokens[start - 1].Value is "called" or "named" or "dubbed" && !NameWords.OrganizationTypeNouns.Contains(tokens[start - 2].Value);

    /// <summary>The noun of organization type right before the run ("the freight forwarder X"), or before a comma after a possessive ("his company, X").</summary>
    public static string? TypeNounBefore(IReadOnlyList<Token> tokens, int start)
    {
        if (start > 0 && NameWords.OrganizationTypeNouns.Contains(tokens[start - 1].Value))
        {
            return tokens[start - 1].Value;
        }

        return start > 2 && tokens[start - 1].Value == "," && NameWords.OrganizationTypeNouns.Contains(tokens[start - 2].Value)
            && tokens[start - 3].Value is "his" or "her" or "its" or "their" ? tokens[start - 2].Value : null;
    }

    /// <summary>
    /// The noun of organization type that heads an apposition after the run ("X, a Norwegian utility,", "X, the state
    /// lithium company,"): the last word of the apposition, so that "X, a company director" is not one.
    /// </summary>
    public static string? TypeNounInApposition(IReadOnlyList<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Value != "," || !(tokens[end + 1].Is("a") || tokens[end + 1].Is("an") || tokens[end + 1].Is("the")))
        {
            return null;
        }

        for (var i = end + 2; i < Math.Min(tokens.Count, end + 2 + MaxAppositionWords) && tokens[i].IsWord && !AppositionStops.Contains(tokens[i].Value); i++)
        {
            if (NameWords.OrganizationTypeNouns.Contains(tokens[i].Value))
            {
                var ends = i + 1 == tokens.Count || tokens[i + 1].Value is "," or "." or ";" or ":" or ")" || AppositionEnds.Contains(tokens[i + 1].Value);
                return ends ? tokens[i].Value : null;
            }
        }

        return null;
    }
}
