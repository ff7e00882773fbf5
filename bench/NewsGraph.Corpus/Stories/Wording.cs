using NewsGraph.Corpus.Templates;

namespace NewsGraph.Corpus.Stories;

/// <summary>One wording of a <see cref="Statement"/>: the decisions of each sentence, the contraction style, and how many sentences are kept.</summary>
internal sealed record Wording(IReadOnlyList<Variant> Variants, bool Contracted, int SentenceCount);
