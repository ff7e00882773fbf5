namespace NewsGraph.Extraction;

/// <summary>The markup an article arrives in.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text, one paragraph per line or blank-line separated (hard-wrapped text is joined).</summary>
    PlainText,
    /// <summary>Markdown: headings, emphasis, links and images are reduced to their text.</summary>
    Markdown,
    /// <summary>An HTML page: the story is taken from its article element, metadata from its head.</summary>
    Html,
}
