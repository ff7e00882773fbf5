using NewsGraph.Graph.Import;

namespace NewsGraph.App.Articles;

/// <summary>What happened to one file of an import: its result, or why it was refused.</summary>
internal sealed record FileOutcome(ArticleSource Source, ArticleImportResult? Result, string? Error)
{
    public string Line => Result switch
    {
        null => $"failed     {Source.Path}: {Error}",
        { Status: ImportStatus.Unchanged } => $"unchanged  {Source.Path} ({Result.ArticleId}, already imported)",
        _ => $"imported   {Source.Path} ({Result.ArticleId}: {Result.EntityIds.Count} entities, {Result.Quotes} quotes, {Result.ClaimIds.Count} claims, {Result.LinkedClaimIds.Count} shared with other articles)",
    };
}
