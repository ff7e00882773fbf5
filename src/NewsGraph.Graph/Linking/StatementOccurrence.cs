namespace NewsGraph.Graph.Linking;

/// <summary>One statement unit as one article quotes it.</summary>
/// <param name="Article">The article's key (its file name, or its node id).</param>
/// <param name="Quote">Index of the quote in the article's extraction.</param>
/// <param name="Unit">Index of the unit in the quote.</param>
/// <param name="Speaker">A key for who said it that is the same across articles (a node id), or null when unknown or anonymous.</param>
/// <param name="Wording">The words as this article quotes them.</param>
/// <param name="IsFragment">Whether the article quotes only a fragment inside its own paraphrase.</param>
public sealed record StatementOccurrence(string Article, int Quote, int Unit, string? Speaker, string Wording, bool IsFragment)
{
    private IReadOnlyList<string>? _words;
    private IReadOnlySet<string>? _wordSet;
    private IReadOnlySet<string>? _contentWords;

    /// <summary>The folded words of the wording.</summary>
    public IReadOnlyList<string> Words => _words ??= Linking.Wording.Words(Wording);

    /// <summary>The distinct folded words, kept because linking compares each occurrence with many others.</summary>
    public IReadOnlySet<string> WordSet => _wordSet ??= Words.ToHashSet(StringComparer.Ordinal);

    /// <summary>The folded words that carry content.</summary>
    public IReadOnlySet<string> ContentWords => _contentWords ??= Linking.Wording.ContentWords(Words);
}
