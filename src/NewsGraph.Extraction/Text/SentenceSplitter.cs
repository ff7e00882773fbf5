using System.Collections.Frozen;

namespace NewsGraph.Extraction.Text;

/// <summary>
/// Splits a paragraph's tokens into sentences: a sentence ends at ".", "!" or "?" (with any closing quotation
/// marks or brackets after it) when the next token starts a sentence. Abbreviations keep their periods inside
/// their tokens, so "Lt. Col. Smith" and "the U.S. Army" do not end sentences; one that ends names ("Jr.", "Ltd.") ends
/// the sentence too when a word that only opens sentences follows it ("said Ana Ruiz Jr. The team ...").
/// </summary>
internal static class SentenceSplitter
{
    // Abbreviations written at the end of a name, where a sentence may end with them.
    private static readonly FrozenSet<string> NameEndings = FrozenSet.ToFrozenSet(
        ["Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "Bros.", "Pty.", "Pte.", "Lda.", "Ltda.", "Esq.", "etc."], StringComparer.Ordinal);

    // Capitalised words that open a sentence and are no part of a name.
    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "This", "That", "These",
         "Those", "There", "But", "And", "Yet", "So", "If", "When", "While", "After", "Before", "Since", "Although", "However"],
        StringComparer.Ordinal);

    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (EndsNameAndSentence(tokens, i))
            {
                sentences.Add(new Sentence(first, i + 1));
                first = i + 1;
                continue;
            }

            if (token.Kind != TokenKind.Punctuation || !Characters.IsSentenceEnd(token.Value[0]))
            {
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && IsClosing(text, tokens[end], tokens[end - 1]))
            {
                end++;
            }

            if (end == tokens.Count || StartsSentence(tokens[end]))
            {
                sentences.Add(new Sentence(first, end));
                first = end;
                i = end - 1;
            }
        }

        if (first < tokens.Count)
        {
            sentences.Add(new Sentence(first, tokens.Count));
        }

        return sentences;
    }

    private static bool EndsNameAndSentence(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].Kind == TokenKind.Word && NameEndings.Contains(tokens[i].Value) && SentenceOpeners.Contains(tokens[i + 1].Value);

    /// <summary>A quotation mark or bracket glued to the punctuation before it closes the sentence with it.</summary>
    private static bool IsClosing(string text, Token token, Token previous) =>
        token.Start == previous.End && (token.Kind == TokenKind.Quote || token.Value is ")" or "]")
        && (token.End == text.Length || !Characters.IsWordCharacter(text[token.End]));

    private static bool StartsSentence(Token token) =>
        token.IsCapitalized || token.Kind is TokenKind.Number or TokenKind.Quote || token.Value is "(" or "[";
}
