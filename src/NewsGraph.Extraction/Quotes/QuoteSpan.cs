using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// A quoted span: from the token after its opening mark to the token before its closing mark, possibly across
/// paragraphs (a quote that runs on repeats the opening mark at each new paragraph).
/// </summary>
/// <param name="First">The paragraph holding the opening mark.</param>
/// <param name="OpenToken">Index of the opening mark in <paramref name="First"/>.</param>
/// <param name="Last">The paragraph holding the closing mark (or where the quote stops unclosed).</param>
/// <param name="CloseToken">Index of the closing mark in <paramref name="Last"/>, or its token count when unclosed.</param>
/// <param name="Text">The quoted words; paragraphs joined by a space.</param>
internal sealed record QuoteSpan(Paragraph First, int OpenToken, Paragraph Last, int CloseToken, string Text)
{
    public int WordCount => Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Whether the token at that place lies between the marks, which may be paragraphs apart.</summary>
    public bool Encloses(Paragraph paragraph, int token) =>
        (paragraph.Index > First.Index || (paragraph.Index == First.Index && token > OpenToken))
        && (paragraph.Index < Last.Index || (paragraph.Index == Last.Index && token < CloseToken));

    /// <summary>Whether <paramref name="mention"/> stands whole between the marks of a quote within one paragraph.</summary>
    public bool Holds(Mention mention) =>
        First == mention.Paragraph && Last == mention.Paragraph && mention.FirstToken > OpenToken && mention.EndToken <= CloseToken;
}
