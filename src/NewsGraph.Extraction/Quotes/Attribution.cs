namespace NewsGraph.Extraction.Quotes;

/// <summary>What the text around a quote says about its source.</summary>
/// <param name="Speaker">Who said it, or null.</param>
/// <param name="Verb">The attribution verb, or null.</param>
/// <param name="Channel">Where it was said, or null.</param>
/// <param name="Via">The intermediary outlet credited, or null.</param>
/// <param name="CitedSource">The source the speaker leans on, or null.</param>
internal sealed record Attribution(SpeakerRef? Speaker, string? Verb, string? Channel, string? Via, SpeakerRef? CitedSource)
{
    public static Attribution None { get; } = new(null, null, null, null, null);
}
