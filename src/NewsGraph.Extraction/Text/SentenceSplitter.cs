namespace NewsGraph.Extraction.Text;

/// <summary>
/// Splits a paragraph's tokens into sentences: a sentence ends at ".", "!" or "?" (with any closing quotation
/// marks or brackets after it) when the next token starts a sentence. Abbreviations keep their periods inside
/// their tokens, so "Lt. Col. Smith" and "the U.S. Army" do not end sentences.
/// </summary>
internal static class SentenceSplitter
{
    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
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

    /// <summary>A quotation mark or bracket glued to the punctuation before it closes the sentence with it.</summary>
    private static bool IsClosing(string text, Token token, Token previous) =>
        token.Start == previous.End && (token.Kind == TokenKind.Quote || token.Value is ")" or "]")
        && (token.End == text.Length || !Characters.IsWordCharacter(text[token.End]));

    private static bool StartsSentence(Token token) =>
        token.IsCapitalized || token.Kind is TokenKind.Number or TokenKind.Quote || token.Value is "(" or "[";
}
