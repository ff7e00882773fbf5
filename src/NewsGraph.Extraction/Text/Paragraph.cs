namespace NewsGraph.Extraction.Text;

/// <summary>A paragraph of the article, with its tokens and sentences.</summary>
internal sealed class Paragraph
{
    private List<Token>? _tokens;
    private List<Sentence>? _sentences;

    public Paragraph(string text, ParagraphKind kind)
    {
        Text = text;
        Kind = kind;
    }

    /// <summary>The paragraph's text, trimmed.</summary>
    public string Text { get; }

    /// <summary>What it is.</summary>
    public ParagraphKind Kind { get; set; }

    /// <summary>Position of the paragraph among the article's paragraphs.</summary>
    public int Index { get; set; }

    /// <summary>Offset of the paragraph in the article's body text, or -1 when it is not part of the body.</summary>
    public int Offset { get; set; } = -1;

    public IReadOnlyList<Token> Tokens => _tokens ??= Tokenizer.Tokenize(Text);

    public IReadOnlyList<Sentence> Sentences => _sentences ??= SentenceSplitter.Split(Text, Tokens);

    /// <summary>The sentence holding token <paramref name="token"/>.</summary>
    public Sentence SentenceOf(int token)
    {
        // The sentences cover the tokens in order, so the first one ending after the token is the only one that may hold it.
        var index = SortedSearch.CountBefore(Sentences, s => s.EndToken <= token);
        return index < Sentences.Count && Sentences[index].Contains(token) ? Sentences[index] : new Sentence(token, token + 1);
    }

    /// <summary>Whether a sentence of the paragraph opens with token <paramref name="token"/>.</summary>
    public bool StartsSentence(int token)
    {
        var index = SortedSearch.CountBefore(Sentences, s => s.FirstToken < token);
        return index < Sentences.Count && Sentences[index].FirstToken == token;
    }

    /// <summary>The index of the first token starting at or after character <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        return SortedSearch.CountBefore(Tokens, t => t.Start < offset);
    }

    public string Slice(int firstToken, int endToken) =>
        endToken <= firstToken ? "" : Text[Tokens[firstToken].Start..Tokens[endToken - 1].End];

    public override string ToString() => $"{Kind}: {Text}";
}
