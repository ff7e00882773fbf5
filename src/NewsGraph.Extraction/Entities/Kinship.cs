using System.Collections.Frozen;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// Family words as evidence of gender, stronger than a pronoun nearby: "her husband, Mikael Aaberg" makes Mikael Aaberg a
/// man; in a sentence that names one person and no relative, "X said of her son" makes X a woman.
/// </summary>
internal static class Kinship
{
    /// <summary>How many pronoun votes one family word is worth.</summary>
    public const int Weight = 2;

    private static readonly string[] MaleWords = ["husband", "son", "father", "brother", "grandfather", "grandson", "uncle", "nephew", "boyfriend", "widower"];

    private static readonly string[] FemaleWords = ["wife", "daughter", "mother", "sister", "grandmother", "granddaughter", "aunt", "niece", "girlfriend", "widow"];

    private static readonly FrozenDictionary<string, Gender> Words = MaleWords.Select(w => KeyValuePair.Create(w, Gender.Male))
        .Concat(FemaleWords.Select(w => KeyValuePair.Create(w, Gender.Female)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["his", "her", "their", "a", "the"], StringComparer.OrdinalIgnoreCase);

    // Homely forms of the words above, by the word an article sets beside a name ("her mother, Ana Lee").
    private static readonly FrozenDictionary<string, string> HomelyForms = new (string Formal, string[] Homely)[]
    {
        ("mother", ["mum", "mom", "mam", "mama", "mamma"]),
        ("father", ["dad", "papa", "pappa"]),
        ("grandmother", ["nan", "nana", "nanna", "gran", "granny", "grandma"]),
        ("grandfather", ["grandpa", "grandad", "granddad"]),
    }.SelectMany(f => f.Homely, (f, homely) => KeyValuePair.Create(homely, f.Formal)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Family words that mark no gender the pronouns need.
    private static readonly FrozenSet<string> OtherWords = FrozenSet.ToFrozenSet(
        ["parents", "family", "cousin", "partner", "children", "kids"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> names a relative ("husband", "nan", "cousin").</summary>
    public static bool IsFamilyWord(string word) => Words.ContainsKey(word) || HomelyForms.ContainsKey(word) || OtherWords.Contains(word);

    /// <summary>The word an article sets beside a relative's name for <paramref name="word"/>: "mother" for "Mum"; else the word itself, lower-cased.</summary>
    public static string Formal(string word) => HomelyForms.TryGetValue(word, out var formal) ? formal : word.ToLowerInvariant();

    /// <summary>The gender of a family word in apposition to the mention: "her husband, X", "X, her husband".</summary>
    public static Gender? OfAppositive(Mention mention) => AppositiveWord(mention) is { } word ? Words[word] : null;

    /// <summary>The family word in apposition to the mention, lower-cased: "husband" in "her husband, X" and "X, her husband".</summary>
    public static string? AppositiveWord(Mention mention)
    {
        var tokens = mention.Paragraph.Tokens;
        var before = mention.LeadToken - 1;
        if (before >= 0 && tokens[before].Value == ",")
        {
            before--;
        }

        if (before >= 0 && Words.ContainsKey(tokens[before].Value))
        {
            return tokens[before].Value.ToLowerInvariant();
        }

        var after = mention.EndToken;
        if (after < tokens.Count && tokens[after].Value == ",")
        {
            after++;
        }

        if (after < tokens.Count && Determiners.Contains(tokens[after].Value))
        {
            after++;
        }

        return after < tokens.Count && Words.ContainsKey(tokens[after].Value) ? tokens[after].Value.ToLowerInvariant() : null;
    }

    /// <summary>The gender "his" or "her" gives the one person a sentence names, through a relative not named beside it.</summary>
    public static Gender? OfPossessor(Paragraph paragraph, Sentence sentence)
    {
        var tokens = paragraph.Tokens;
        for (var t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
        {
            var possessor = tokens[t].Value.ToLowerInvariant() switch
            {
                "his" => Gender.Male,
                "her" => Gender.Female,
                _ => (Gender?)null,
            };
            if (possessor is not null && Words.ContainsKey(tokens[t + 1].Value) && !NamedBeside(tokens, t + 2, sentence.EndToken))
            {
                return possessor;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a name follows the family word, at once or in the appositive it opens: "her husband Tomas Aaberg", "her
    /// husband, the Tromsø ferry pilot Tomas Aaberg," (a "her husband, a retired teacher," names nobody).
    /// </summary>
    private static bool NamedBeside(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i >= end || tokens[i].Value != ",")
        {
            return i < end && tokens[i].IsCapitalized;
        }

        for (var t = i + 1; t < Math.Min(end, i + 1 + MaxAppositiveWords) && tokens[t].Value != ","; t++)
        {
            if (tokens[t].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far into an appositive a name may stand ("her husband, the retired Tromsø harbour ferry pilot Tomas Aaberg").</summary>
    private const int MaxAppositiveWords = 8;
}
