namespace NewsGraph.Corpus;

/// <summary>The ground truth of one quoted span.</summary>
/// <param name="StatementId">The statement it relays (<c>s000007/2</c>): the same in every article that relays it, whatever the wording.</param>
/// <param name="Speaker">Who said it: a person's full name without title, or an organization's name.</param>
/// <param name="SpeakerIsOrganization">Whether an organization speaks in its own name.</param>
/// <param name="Text">The quoted words, exactly as between the quotation marks.</param>
/// <param name="Start">Offset of <see cref="Text"/> in <see cref="GeneratedArticle.Text"/>.</param>
/// <param name="Style">How the article attributes it.</param>
/// <param name="IsFragment">Whether only a few words of the statement are quoted inside a paraphrase.</param>
/// <param name="Altered">Whether this article's wording of the statement differs from the first one.</param>
/// <param name="Wording">The whole statement as this article words it (a split quote's halves share it; for a fragment, the statement it comes from).</param>
public sealed record GeneratedQuote(
    string StatementId,
    string Speaker,
    bool SpeakerIsOrganization,
    string Text,
    int Start,
    QuoteStyle Style,
    bool IsFragment,
    bool Altered,
    string Wording);
