using System.Collections.Frozen;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// The gender each person of an article is referred to by, used only to match "he" and "she". Evidence, strongest
/// first: a form of the name only one gender bears (Nováková, Veselý); family words and gendered job nouns
/// ("spokeswoman") beside the name, and the pronouns the text uses right after a sentence that names the person
/// alone; an honorific (Mr, Ms, Sir, Dame); the lists of given names.
/// </summary>
internal static class PersonGenders
{
    // Only subject pronouns: "Botha handed her a copy" says nothing about Botha.
    private static readonly FrozenSet<string> Male = FrozenSet.ToFrozenSet(["he"], StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Female = FrozenSet.ToFrozenSet(["she"], StringComparer.OrdinalIgnoreCase);

    // Job nouns of a woman that do not end in "-woman" ("spokeswoman" does); "ombudsman" is held by women as well.
    private static readonly FrozenSet<string> FemaleJobNouns = FrozenSet.ToFrozenSet(
        ["actress", "waitress", "hostess", "stewardess", "headmistress", "duchess", "countess", "baroness", "empress", "heiress", "nun"], StringComparer.Ordinal);

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

        foreach (var person in entities.People)
        {
            foreach (var role in person.Roles)
            {
                if (OfJobNoun(role.Title) is { } gender)
                {
                    Vote(person.Name, gender, Kinship.Weight);
                }
            }
        }

        foreach (var group in mentions.GroupBy(m => (m.Mention.Paragraph, m.Mention.Paragraph.SentenceOf(m.Mention.FirstToken))))
        {
            var people = group.Select(m => m.Person).Distinct(StringComparer.Ordinal).ToList();
            if (people.Count != 1)
            {
                continue;
            }

            if (!PronounBefore(group.Key.Paragraph, group.Key.Item2, group.Min(m => m.Mention.LeadToken))
                && PronounAfter(group.Key.Paragraph, group.Key.Item2, group.Max(m => m.Mention.EndToken)) is { } gender)
            {
                Vote(people[0], gender, 1);
            }

            if (Kinship.OfPossessor(group.Key.Paragraph, group.Key.Item2) is { } possessor)
            {
                Vote(people[0], possessor, Kinship.Weight);
            }
        }

        var genders = new Dictionary<string, Gender>(StringComparer.Ordinal);
        var mentionsByPerson = entities.PersonMentions.ToLookup(m => m.Person, m => m.Mention, StringComparer.Ordinal);
        foreach (var person in entities.People)
        {
            var (male, female) = votes.GetValueOrDefault(person.Name);
            genders[person.Name] = NameGender.OfForm(person.Name)
                ?? (male != female ? (male > female ? Gender.Male : Gender.Female) : FromTitles(mentionsByPerson[person.Name]) ?? NameGender.OfGivenName(person.Name, gazetteer));
        }

        return genders;
    }

    /// <summary>"spokeswoman", "chairman", "actress": a job noun that says its holder's gender; null for the many that do not.</summary>
    private static Gender? OfJobNoun(string title)
    {
        var head = title.Split(' ')[^1];
        return head.EndsWith("woman", StringComparison.Ordinal) || FemaleJobNouns.Contains(head) ? Gender.Female
            : head.EndsWith("man", StringComparison.Ordinal) && head != "ombudsman" ? Gender.Male
            : null;
    }

    /// <summary>
    /// Whether "he" or "she" stands in the sentence before the person is named ("She buys from four farms, and Okeke's is the
    /// oldest; she calls it…"): the sentence is about someone else, and its pronouns are theirs.
    /// </summary>
    private static bool PronounBefore(Paragraph paragraph, Sentence sentence, int before)
    {
        var quoted = false;
        for (var t = sentence.FirstToken; t < before; t++)
        {
            var token = paragraph.Tokens[t];
            quoted ^= token.Kind == TokenKind.Quote && Characters.IsDoubleQuote(token.Value[0]);
            if (!quoted && (Male.Contains(token.Value) || Female.Contains(token.Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first subject pronoun outside quotation marks after the mention, in its sentence or the next.</summary>
    private static Gender? PronounAfter(Paragraph paragraph, Sentence sentence, int after)
    {
        var tokens = paragraph.Tokens;
        var sentences = paragraph.Sentences;
        var following = SortedSearch.CountBefore(sentences, s => s.FirstToken < sentence.EndToken);
        var end = following < sentences.Count && sentences[following] is { EndToken: > 0 } next ? next.EndToken : sentence.EndToken;
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

    /// <summary>The gender the first honorific before one of the person's mentions (in text order) gives.</summary>
    private static Gender? FromTitles(IEnumerable<Mention> mentions) =>
        mentions.Select(NameGender.OfHonorificBefore).FirstOrDefault(g => g is not null);
}
