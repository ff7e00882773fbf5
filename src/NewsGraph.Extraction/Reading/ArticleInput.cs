namespace NewsGraph.Extraction;

/// <summary>An article ready for extraction: its text (markup already removed) and what came with it.</summary>
/// <param name="Source">Where it was read from: a file path or URL.</param>
/// <param name="Text">Plain text, one paragraph per line or blank-line separated.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the article as received (after decoding), which identifies it.</param>
public sealed record ArticleInput(string Source, string Text, string ContentHash)
{
    /// <summary>Metadata given with the article.</summary>
    public ArticleHints Hints { get; init; } = ArticleHints.None;

    /// <summary>Problems met while reading it (invalid bytes, for example).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
