namespace NewsGraph.Api.Importing;

/// <summary>
/// Turns article text into graph changes and applies them, and takes an article back out. The API's mutations and
/// <c>newsgraph serve</c>'s seeding depend on this port, not on the extraction pipeline; the host registers the
/// implementation that wraps the import pipeline of NewsGraph.Graph.
/// </summary>
public interface IArticleImporter
{
    /// <summary>Imports one article. Importing the same text again changes nothing and says so.</summary>
    /// <exception cref="NewsGraph.Extraction.ArticleRejectedException">The text cannot be an article (empty, binary, too large).</exception>
    Task<ArticleImportResult> ImportAsync(ArticleSubmission submission, CancellationToken cancellationToken);

    /// <summary>Removes the article with <paramref name="articleId"/> and what only it supported; false when there is none.</summary>
    Task<bool> RemoveAsync(string articleId, CancellationToken cancellationToken);
}
