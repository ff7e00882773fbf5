using System.Collections.Frozen;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// The gender each person of an article is referred to by, used only to match "he" and "she". Evidence, strongest
/// first: the pronouns the text uses right after a sentence that names the person alone; an honorific (Mr, Ms,
/// Sir, Dame); the lists of given names.
/// </summary>
internal static class PersonGenders
{
    // Only subject pronouns: "Botha handed her a copy" says nothing about Botha.
    private static readonly FrozenSet<string> Male = FrozenSet.ToFrozenSet(["he"], StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Female = FrozenSet.ToFrozenSet(["she"], StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> MaleHonorifics = FrozenSet.ToFrozenSet(["Mr", "Mr.", "Sir", "Lord", "King", "Prince"], StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> FemaleHonorifics = FrozenSet.ToFrozenSet(
        ["Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "Queen", "Princess"], StringComparer.OrdinalIgnoreCase);

    public static Dictionary<string, Gender> Infer(ArticleEntities entities, Gazetteer gazetteer, Func<Mention, bool> insideQuote)
    {
        var votes = new Dictionary<string, (int Male, int Female)>(StringComparer.Ordinal);
        void Vote(string person, Gender gender, int weight)
        {
            var (male, female) = votes.GetValueOrDefault(person);
            votes[person] = gender == Gender.Male ? (male + weight, female) : (male, female + weight);
        }

        var mentions = entities.PersonMentions.Where(m => !insideQuote(m.Mention)).ToList();
        foreach (var mention in mentions)
        {
            if (Kinship.OfAppositive(mention.Mention) is { } kin)
            {
                Vote(mention.Person, kin, Kinship.Weight);
            }
        }

        foreach (var group in mentions.GroupBy(m => (m.Mention.Paragraph, m.Mention.Paragraph.SentenceOf(m.Mention.FirstToken))))
        {
            var people = group.Select(m => m.Person).Distinct(StringComparer.Ordinal).ToList();
            if (people.Count != 1)
            {
                continue;
            }

            if (PronounAfter(group.Key.Paragraph, group.Key.Item2, group.Max(m => m.Mention.EndToken)) is { } gender)
            {
                Vote(people[0], gender, 1);
            }

            if (Kinship.OfPossessor(group.Key.Paragraph, group.Key.Item2) is { } possessor)
            {
                Vote(people[0], possessor, Kinship.Weight);
            }
        }

        var genders = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var person in entities.People)
        {
            var (male, female) = votes.GetValueOrDefault(person.Name);
            genders[person.Name] = male != female
                ? (male > female ? Gender.Male : Gender.Female)
                : FromTitles(person, entities) ?? (FamilyNameFirst(person.Name) ? Gender.Unknown : gazetteer.GenderOf(person.Name.Split(' ')[0]));
        }

        return genders;
    }

    /// <summary>
    /// "Park Seo-yeon", "Kim Jong Un": names written family name first, whose first word is no given name to read a
    /// gender from — a hyphenated syllable pair at the end, or three short words.
    /// </summary>
    private static bool FamilyNameFirst(string name)
    {
        var words = name.Split(' ');
        var last = words[^1];
        var hyphen = last.IndexOf('-', StringComparison.Ordinal);
        return (words.Length >= 2 && hyphen > 0 && hyphen + 1 < last.Length && char.IsLower(last[hyphen + 1]))
            || (words.Length == 3 && words.All(w => w.Length <= 4));
    }

    /// <summary>The first subject pronoun outside quotation marks after the mention, in its sentence or the next.</summary>
    private static Gender? PronounAfter(Paragraph paragraph, Sentence sentence, int after)
    {
        var tokens = paragraph.Tokens;
        var end = paragraph.Sentences.FirstOrDefault(s => s.FirstToken >= sentence.EndToken) is { EndToken: > 0 } next ? next.EndToken : sentence.EndToken;
        var quoted = false;
        for (var t = after; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Quote && Characters.IsDoubleQuote(tokens[t].Value[0]))
            {
                quoted = !quoted;
            }
            else if (!quoted && Male.Contains(tokens[t].Value))
            {
                return Gender.Male;
            }
            else if (!quoted && Female.Contains(tokens[t].Value))
            {
                return Gender.Female;
            }
        }

        return null;
    }

    private static Gender? FromTitles(PersonEntity person, ArticleEntities entities) =>
        entities.PersonMentions
            .Where(m => m.Person == person.Name)
            .Select(m => m.Mention.InnerTitle?.Split(' ')[0] ?? (m.Mention.LeadToken > 0 ? m.Mention.Paragraph.Tokens[m.Mention.LeadToken - 1].Value : ""))
            .Select(word => MaleHonorifics.Contains(word) ? Gender.Male : FemaleHonorifics.Contains(word) ? Gender.Female : (Gender?)null)
            .FirstOrDefault(g => g is not null);
}
