namespace NewsGraph.Extraction;

/// <summary>Metadata given with an article (by its HTML head, or by whoever submits it); each wins over what the text shows.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Outlet">The publishing outlet.</param>
/// <param name="PublishedAt">The publication date.</param>
/// <param name="Url">The canonical URL.</param>
public sealed record ArticleHints(string? Title = null, string? Outlet = null, DateOnly? PublishedAt = null, string? Url = null)
{
    /// <summary>No hints.</summary>
    public static ArticleHints None { get; } = new();

    /// <summary>These hints, with <paramref name="fallback"/>'s filling the gaps.</summary>
    public ArticleHints Or(ArticleHints fallback) => new(
        Title ?? fallback.Title, Outlet ?? fallback.Outlet, PublishedAt ?? fallback.PublishedAt, Url ?? fallback.Url);
}
