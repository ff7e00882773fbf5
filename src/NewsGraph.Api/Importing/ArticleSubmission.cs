namespace NewsGraph.Api.Importing;

/// <summary>An article to import, with what the caller knows that the text may not show.</summary>
/// <param name="Text">The article's text.</param>
/// <param name="Source">Where it came from: a file path, a URL, or <c>graphql:importArticle</c>.</param>
public sealed record ArticleSubmission(string Text, string Source)
{
    /// <summary>The headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>The article's URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The outlet's name, when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>The publication date (ISO-8601), when known.</summary>
    public string? PublishedAt { get; init; }
}
