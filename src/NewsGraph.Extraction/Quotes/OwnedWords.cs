using System.Collections.Frozen;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// A subject that is someone's written or spoken words rather than someone: "His Facebook post said", "Her reply when
/// the figures came out was", "The minister's letter read", "Jo Bell's lawyer's email said". The words are the
/// possessor's; the thing possessed is only the channel they came through.
/// </summary>
internal static class OwnedWords
{
    /// <summary>How many words may stand between the possessor and the noun of words ("her first Facebook post").</summary>
    private const int MaxModifiers = 3;

    /// <summary>How many words may qualify the noun of words before the verb ("his words in the group chat were").</summary>
    private const int MaxQualifierWords = 8;

    /// <summary>How many tokens a named or described possessor may take before its "'s" ("the deputy prime minister's").</summary>
    private const int MaxPossessorTokens = 6;

    private static readonly FrozenSet<string> WordNouns = FrozenSet.ToFrozenSet(
    [
        "statement", "statements", "post", "posts", "posting", "letter", "letters", "email", "emails", "e-mail", "message", "messages",
        "reply", "replies", "response", "answer", "note", "text", "tweet", "comment", "comments", "words", "release", "remark",
        "remarks", "caption", "memo", "submission", "affidavit", "update", "announcement", "voicemail", "blog", "notice",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that give what the words were, besides the verbs of speech: "her reply read", "his message was".</summary>
    public static readonly FrozenSet<string> LinkingVerbs = FrozenSet.ToFrozenSet(
        ["read", "reads", "was", "were", "is", "are", "went", "goes", "ran", "runs"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PossessivePronouns = FrozenSet.ToFrozenSet(["his", "her"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where the possessor of the words that open <paramref name="start"/>..<paramref name="verb"/> is, as a token
    /// range: a name or description before its first "'s" ("Jo Bell" of "Jo Bell's spokesperson's email": a
    /// spokesperson's words are the principal's), "his" or "her" alone, or with the kind of person it owns ("her
    /// husband" of "her husband's post"); null when the subject is no one's words.
    /// </summary>
    public static (int Start, int End)? Possessor(IReadOnlyList<Token> tokens, int start, int verb)
    {
        if (start >= verb)
        {
            return null;
        }

        var pronoun = PossessivePronouns.Contains(tokens[start].Value);
        var possessive = -1;
        for (var t = start + 1; t < verb && t - start <= MaxPossessorTokens && (tokens[t].IsWord || tokens[t].Kind == TokenKind.Possessive); t++)
        {
            if (tokens[t].Kind == TokenKind.Possessive && (possessive < 0 || pronoun))
            {
                possessive = t;
            }
        }

        (int Start, int End)? possessor = possessive > start ? (start, possessive) : pronoun ? (start, start + 1) : null;
        return possessor is { } found && WordNounAt(tokens, found.End + (possessive > start ? 1 : 0), verb) ? found : null;
    }

    /// <summary>Whether a noun of words follows, past a few modifiers, with only a short qualifier between it and the verb.</summary>
    private static bool WordNounAt(IReadOnlyList<Token> tokens, int from, int verb)
    {
        for (var noun = from; noun < verb && noun - from <= MaxModifiers && (tokens[noun].IsWord || tokens[noun].Kind == TokenKind.Possessive); noun++)
        {
            if (tokens[noun].IsWord && WordNouns.Contains(tokens[noun].Value) && QualifiesNoun(tokens, noun + 1, verb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the tokens from <paramref name="from"/> to the verb are a short qualifier of words only ("in the group chat"), or none.</summary>
    private static bool QualifiesNoun(IReadOnlyList<Token> tokens, int from, int verb) =>
        verb - from <= MaxQualifierWords && Enumerable.Range(from, verb - from).All(t => tokens[t].IsWord || tokens[t].Kind == TokenKind.Number);
}
