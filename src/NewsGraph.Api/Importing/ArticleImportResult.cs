namespace NewsGraph.Api.Importing;

/// <summary>What an import extracted and linked, as node ids.</summary>
/// <param name="ArticleId">The article node's id.</param>
/// <param name="AlreadyImported">True when the same text was imported before and nothing changed.</param>
/// <param name="ClaimIds">Every claim the article states or relays.</param>
/// <param name="LinkedClaimIds">Those of <paramref name="ClaimIds"/> that other articles already carried.</param>
/// <param name="EntityIds">The people, organizations and places the article mentions.</param>
public sealed record ArticleImportResult(
    string ArticleId,
    bool AlreadyImported,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<string> LinkedClaimIds,
    IReadOnlyList<string> EntityIds);
