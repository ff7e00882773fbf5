using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// Many people go by one name (in Indonesia, Myanmar, Mongolia, on a football shirt) or are given by one ("a mechanic who
/// gave his name only as Sefa"). A single word no list knows is a person's where the text marks it so: a person's noun
/// set beside it ("Suharti, a rice farmer,"; "my friend Tserenlkham"), or "he" or "she" as the first pronoun after it
/// opening a sentence ("Wirawan has fished the bay for years, and he says"); not where "its" or "they" comes first.
/// </summary>
internal static class SingleNameCues
{
    /// <summary>How far after the word a pronoun is read as referring back to it.</summary>
    private const int PronounReach = 30;

    /// <summary>How many words an apposition may take before its person's noun ("a rice farmer", "a retired school teacher").</summary>
    private const int NounReach = 4;

    /// <summary>People one has beside one, not kin, whom no company is called ("my friend Tserenlkham").</summary>
    private static readonly HashSet<string> Companions = new(StringComparer.OrdinalIgnoreCase)
        { "friend", "neighbour", "neighbor", "classmate", "colleague", "teammate", "flatmate", "roommate", "schoolfriend" };

    private static readonly HashSet<string> AppositionOpeners = new(StringComparer.Ordinal) { "a", "an", "the", "my", "his", "her", "our", "their" };
    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "his" };
    private static readonly HashSet<string> OtherPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "its", "they", "them", "their" };

    /// <summary>Whether the single word from <paramref name="first"/> to <paramref name="end"/> is marked as a person's name.</summary>
    public static bool MarkPerson(IReadOnlyList<Token> tokens, int first, int end, Gazetteer gazetteer)
    {
        var word = tokens[first].Value;
        if (word.Length < 3 || word.Contains('.', StringComparison.Ordinal) || (first > 0 && NameWords.Locatives.Contains(tokens[first - 1].Value)) || NameWords.IsCalendarWord(word) || gazetteer.IsCommonWord(word.Split('-')[0]) || PersonNouns.Is(word, gazetteer))
        {
            return false;
        }

        return PersonNounFollows(tokens, end) || PossessedPersonNounBefore(tokens, first) || IsGivenNameAs(tokens, first) || PersonalPronounFollows(tokens, first, end);
    }

    // "Suharti, a rice farmer in Klaten, said", "Thandar, his neighbour, said".
    private static bool PersonNounFollows(IReadOnlyList<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Value != "," || !AppositionOpeners.Contains(tokens[end + 1].Value))
        {
            return false;
        }

        for (var t = end + 2; t < tokens.Count && t < end + 2 + NounReach && tokens[t] is { IsWord: true, IsCapitalized: false }; t++)
        {
            if (PersonNouns.IsOnlyPerson(tokens[t].Value) || Companions.Contains(tokens[t].Value))
            {
                return true;
            }
        }

        return false;
    }

    // "My friend Tserenlkham, who", "her son Budi".
    private static bool PossessedPersonNounBefore(IReadOnlyList<Token> tokens, int first) =>
        first >= 2 && NameWords.Possessives.Contains(tokens[first - 2].Value) && tokens[first - 1] is { IsWord: true, IsCapitalized: false } noun
        && (PersonNouns.IsOnlyPerson(noun.Value) || Companions.Contains(noun.Value));

    // "who gave his name only as Sefa", "gave her name as Lusia".
    private static bool IsGivenNameAs(IReadOnlyList<Token> tokens, int first) =>
        first >= 3 && tokens[first - 1].Is("as") && (tokens[first - 2].Is("name") || tokens[first - 3].Is("name"));

    // "Budiarto has just come off the court, still in his kit": the subject opening a sentence whom "he" or
    // "she" takes up before any other name or quotation comes between ("her" may be anyone's object, so it does not count).
    private static bool PersonalPronounFollows(IReadOnlyList<Token> tokens, int first, int end)
    {
        // "Lindenau said he would not be dropped": who a single word before a verb of speech is, SpeakingWords reads.
        if (!OpensSentence(tokens, first) || end >= tokens.Count || tokens[end] is not { IsWord: true, IsCapitalized: false } verb
            || Quotes.SpeechVerbs.IsSpeechVerb(verb.Value))
        {
            return false;
        }

        for (var t = end; t < tokens.Count && t < end + PronounReach && tokens[t].Value is not ("." or "!" or "?" or ";"); t++)
        {
            if (tokens[t].Kind == TokenKind.Quote || tokens[t].IsCapitalized || OtherPronouns.Contains(tokens[t].Value))
            {
                return false;
            }

            if (PersonalPronouns.Contains(tokens[t].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensSentence(IReadOnlyList<Token> tokens, int first) =>
        first == 0 || tokens[first - 1].Value is "." or "!" or "?";
}
