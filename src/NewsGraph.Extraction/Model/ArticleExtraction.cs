namespace NewsGraph.Extraction;

/// <summary>Everything the extractor found in one article.</summary>
/// <param name="Source">Where the article was read from: a file path or URL, as given.</param>
/// <param name="Metadata">Title, outlet, date and the other facts about the article itself.</param>
/// <param name="Text">The article body after boilerplate was stripped; quote offsets point into it.</param>
/// <param name="People">Each person once, under the fullest name the article uses.</param>
/// <param name="Organizations">Each organization once.</param>
/// <param name="Places">Each place once.</param>
/// <param name="Quotes">Every quoted span the article attributes (or fails to attribute), in text order.</param>
/// <param name="Warnings">Problems met while reading the article that did not stop its extraction.</param>
public sealed record ArticleExtraction(
    string Source,
    ArticleMetadata Metadata,
    string Text,
    IReadOnlyList<PersonEntity> People,
    IReadOnlyList<OrganizationEntity> Organizations,
    IReadOnlyList<PlaceEntity> Places,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<string> Warnings);
