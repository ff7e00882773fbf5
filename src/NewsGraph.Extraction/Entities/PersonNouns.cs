using System.Collections.Frozen;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Quotes;

namespace NewsGraph.Extraction.Entities;

/// <summary>Words for a kind of person: a relative ("Mum"), the noun of an unnamed source ("nurse", "caller"), a title ("director").</summary>
internal static class PersonNouns
{
    // Nouns for a part a company plays as often as a person ("its largest customer, Norvik"), which say no name is a person's.
    private static readonly FrozenSet<string> AlsoOrganizations = FrozenSet.ToFrozenSet(
        ["owner", "customer", "client", "investor", "shareholder", "member", "user", "agent", "supporter", "contact", "representative",
         "participant", "delegate", "trader", "vendor", "grower", "supplier", "partner", "employer", "rival", "competitor", "sponsor", "buyer", "seller"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A word only a person is called by: a relative, or an unnamed source's noun that no company is called by ("reader",
    /// "nurse", "caller"; not "customer").
    /// </summary>
    public static bool IsOnlyPerson(string word) =>
        Kinship.IsFamilyWord(word) || (AnonymousSources.IsSourceNoun(word) && !AlsoOrganizations.Contains(word));

    /// <summary>A relative ("nan", "the family") or the noun of an unnamed source ("nurse", "coach").</summary>
    public static bool IsRelativeOrSourceNoun(string word) => Kinship.IsFamilyWord(word) || AnonymousSources.IsSourceNoun(word);

    /// <summary>A relative, an unnamed source's noun, or a job or office the titles list.</summary>
    public static bool Is(string word, Gazetteer gazetteer) =>
        IsRelativeOrSourceNoun(word) || gazetteer.TitleWord(word) is TitleWordKind.Role or TitleWordKind.Office;
}
