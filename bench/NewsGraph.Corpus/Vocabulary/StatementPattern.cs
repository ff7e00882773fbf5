using NewsGraph.Corpus.Templates;

namespace NewsGraph.Corpus.Vocabulary;

/// <summary>A sentence a speaker of one stance may say, and how a paraphrase quotes a fragment of it.</summary>
/// <param name="Stance">official, challenger, industry, expert, or follow (a second sentence anyone may add).</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Paraphrase">The paraphrase around the fragment (<c>&lt;who&gt;</c>, <c>&lt;frag&gt;</c>), or null.</param>
internal sealed record StatementPattern(string Stance, Template Sentence, string? Paraphrase);
