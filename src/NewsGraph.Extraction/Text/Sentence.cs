namespace NewsGraph.Extraction.Text;

/// <summary>A sentence of a paragraph, as a range of its tokens.</summary>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="EndToken">Index one past the last token.</param>
internal readonly record struct Sentence(int FirstToken, int EndToken)
{
    public bool Contains(int token) => token >= FirstToken && token < EndToken;
}
