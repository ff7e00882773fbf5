namespace NewsGraph.Extraction;

/// <summary>One contiguous span of quoted words and what the article says about who said them.</summary>
/// <param name="Text">The quoted words, without the enclosing quotation marks.</param>
/// <param name="Start">Offset of the first quoted character in <see cref="ArticleExtraction.Text"/>, or -1 for a quote in the headline.</param>
/// <param name="Form">A full quotation, or a fragment embedded in a paraphrase.</param>
/// <param name="Speaker">Who said it, or null where the article does not say.</param>
/// <param name="Verb">The attribution verb as written ("said", "told", "wrote"), or null.</param>
/// <param name="Channel">Where it was said: a platform ("X") or the outlet or audience told ("Task &amp; Purpose").</param>
/// <param name="Via">The intermediary the article credits for the quote (the outlet it was told to, or a report cited), or null.</param>
/// <param name="CitedSource">The source the speaker leans on ("a usually reliable source"), or null.</param>
/// <param name="Units">The quote split into statement units (sentences, with dependent sentences kept together).</param>
/// <param name="Response">How the quote responds to another quote of the same article, or null.</param>
public sealed record Quote(
    string Text,
    int Start,
    QuoteForm Form,
    SpeakerRef? Speaker,
    string? Verb,
    string? Channel,
    string? Via,
    SpeakerRef? CitedSource,
    IReadOnlyList<string> Units,
    QuoteResponse? Response);
