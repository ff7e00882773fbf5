namespace NewsGraph.Api.Schema.Views;

/// <summary>The source of <c>RemoveArticlePayload</c>.</summary>
/// <param name="Id">The id asked for.</param>
/// <param name="Removed">Whether an article had it.</param>
internal sealed record RemoveArticlePayload(string Id, bool Removed);
