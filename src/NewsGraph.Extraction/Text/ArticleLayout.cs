namespace NewsGraph.Extraction.Text;

/// <summary>An article's paragraphs with their kinds, and the metadata that its boilerplate revealed.</summary>
/// <param name="Paragraphs">Every paragraph kept (navigation dropped), in order.</param>
/// <param name="Title">The headline, if a line looks like one before the story starts.</param>
/// <param name="Outlet">The outlet named by its masthead, a copyright or republication notice, or a wire dateline.</param>
/// <param name="PublishedAt">A full date from a "Published ..." line or a date line at the top.</param>
/// <param name="Credits">Organizations credited for reporting.</param>
internal sealed record ArticleLayout(
    IReadOnlyList<Paragraph> Paragraphs,
    string? Title,
    string? Outlet,
    DateOnly? PublishedAt,
    IReadOnlyList<string> Credits)
{
    /// <summary>The owners named by copyright notices (the outlet's publisher among them), each once.</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];
}
