using NewsGraph.Extraction.Knowledge;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// "Halvorsen said": a capitalised word that is nothing known, right before a speech verb, names who speaks. News
/// style names a person by surname alone far more often than it lets an unknown single word stand for a body, so it
/// is a person unless the article says otherwise: the form of a brand ("PayLoop", "Brandt&amp;Co", "4Sight"), an organization of
/// the article whose name holds the word ("Lumen" after "Lumen Systems"), or "its" as the first third-person
/// pronoun after it ("Tavora said its ..."). A word capitalised only where a sentence opens may be any noun
/// ("Exporters said", "Printed copies"): it takes a name's capital somewhere else in the article, or stays unknown.
/// </summary>
internal sealed class SpeakingWords(Gazetteer gazetteer)
{
    /// <summary>How far after the word a pronoun is read as referring back to it.</summary>
    private const int PronounReach = 40;

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "his", "him", "her" };

    /// <summary>Whether <paramref name="mention"/> is an unknown word speaking, no person of <paramref name="personNames"/> named.</summary>
    public bool Speaks(Mention mention, CoveringNames personNames) =>
        mention.IsTentative && mention.BeforeSpeechVerb && !mention.AfterLocative && mention.Name.Length > 1 && !NameWords.IsAcronym(mention.Name)
        && !NameWords.IsCalendarWord(mention.Name) && !gazetteer.IsCommonWord(mention.Name) && !personNames.Covering(mention.Name).Any();

    /// <summary>The speaking words of <paramref name="mentions"/> that nothing shows to be an organization: people's names.</summary>
    public HashSet<string> People(IReadOnlyList<Mention> mentions, CoveringNames personNames)
    {
        var organizationWords = mentions.Where(m => m.Type == EntityType.Organization)
            .SelectMany(m => EntityNames.Words(m.Name))
            .ToHashSet(StringComparer.Ordinal);
        var capitalisedInside = mentions.Where(m => !OpensSentence(m)).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var speaking = mentions.Where(m => Speaks(m, personNames)).ToList();
        var organizations = speaking.Where(m => !capitalisedInside.Contains(m.Name) || IsOrganization(m, organizationWords))
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);
        return speaking.Select(m => m.Name).Where(name => !organizations.Contains(name)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>"Semisi from Porirua writes": a word after "from" is where the speaker writes from.</summary>
    private static bool IsOrganization(Mention mention, HashSet<string> organizationWords) =>
        (mention.FirstToken > 0 && mention.Paragraph.Tokens[mention.FirstToken - 1].Is("from")) || HasBrandForm(mention.Name) || EntityNames.Words(mention.Name).Any(organizationWords.Contains) || ItsFollows(mention);

    /// <summary>
    /// A capital well inside the word ("PayLoop", "FerryNet"), a digit or an ampersand: no one's name is written so, while
    /// "McCarthy", "MacLeod", "DeSantis" and "LaRue" are.
    /// </summary>
    private static bool HasBrandForm(string word) =>
        word.Any(c => char.IsDigit(c) || c == '&')
        || (!word.StartsWith("Mac", StringComparison.Ordinal) && Enumerable.Range(3, Math.Max(0, word.Length - 3)).Any(i => char.IsUpper(word[i]) && char.IsLower(word[i - 1])));

    /// <summary>Whether the mention opens its paragraph or a sentence (after a full stop, a colon, an opening quote mark).</summary>
    private static bool OpensSentence(Mention mention)
    {
        var tokens = mention.Paragraph.Tokens;
        var before = mention.LeadToken - 1;
        if (before >= 0 && tokens[before].Value is "\"" or "\u201C" or "\u2018" or "(" or "[")
        {
            before--;
        }

        return before < 0 || tokens[before].Value is "." or "!" or "?" or ":" or ";" or "\u2014" or "\u2013" or "-" or "\u2022" or "*";
    }

    private static bool ItsFollows(Mention mention)
    {
        var tokens = mention.Paragraph.Tokens;
        for (var i = mention.EndToken; i < tokens.Count && i < mention.EndToken + PronounReach; i++)
        {
            if (tokens[i].Is("its"))
            {
                return true;
            }

            if (PersonalPronouns.Contains(tokens[i].Value))
            {
                return false;
            }
        }

        return false;
    }
}
