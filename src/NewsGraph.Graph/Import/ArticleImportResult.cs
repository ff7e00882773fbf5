namespace NewsGraph.Graph.Import;

/// <summary>The outcome of importing one article.</summary>
/// <param name="Source">Where the article was read from.</param>
/// <param name="ArticleId">The article's node id.</param>
/// <param name="Status">Imported, or unchanged because its content was already there.</param>
/// <param name="EntityIds">The people, organizations and places it mentions.</param>
/// <param name="Quotes">How many quotes it holds.</param>
/// <param name="ClaimIds">The claims it relays.</param>
/// <param name="LinkedClaimIds">Of those, the claims other articles relay too.</param>
public sealed record ArticleImportResult(
    string Source,
    string ArticleId,
    ImportStatus Status,
    IReadOnlyList<string> EntityIds,
    int Quotes,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<string> LinkedClaimIds);
