namespace NewsGraph.Extraction;

/// <summary>Facts about an article that its text (or its HTML) shows. Nothing here is guessed.</summary>
/// <param name="Title">The headline, or null where the text has none.</param>
/// <param name="Outlet">The publishing outlet, or null where the text does not name it.</param>
/// <param name="PublishedAt">The publication date, or null where the text does not give a full date.</param>
/// <param name="Url">The canonical URL, where the input carries one.</param>
/// <param name="Language">ISO 639-1 language code of the text.</param>
/// <param name="Credits">Organizations the article credits ("includes reporting from ...").</param>
/// <param name="WordCount">Words in the body text.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the decoded input text.</param>
public sealed record ArticleMetadata(
    string? Title,
    string? Outlet,
    DateOnly? PublishedAt,
    string? Url,
    string Language,
    IReadOnlyList<string> Credits,
    int WordCount,
    string ContentHash);
