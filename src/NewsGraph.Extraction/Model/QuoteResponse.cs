namespace NewsGraph.Extraction;

/// <summary>A quote's stance towards another quote of the same article.</summary>
/// <param name="Stance">Supports, disputes, or cannot confirm.</param>
/// <param name="Target">Index, in <see cref="ArticleExtraction.Quotes"/>, of the quote responded to.</param>
public sealed record QuoteResponse(Stance Stance, int Target);
