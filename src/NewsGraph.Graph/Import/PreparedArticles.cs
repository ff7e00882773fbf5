using NewsGraph.Extraction;

namespace NewsGraph.Graph.Import;

/// <summary>
/// A batch of articles extracted and turned into evidence by <see cref="ArticleImporter.Prepare"/>, ready for
/// <see cref="ArticleImporter.ImportAsync(PreparedArticles, CancellationToken)"/>.
/// </summary>
public sealed class PreparedArticles
{
    internal PreparedArticles(IReadOnlyList<ArticleExtraction> extractions, IReadOnlyList<ArticleEvidence> evidence)
    {
        Extractions = extractions;
        Evidence = evidence;
    }

    /// <summary>How many articles the batch holds.</summary>
    public int Count => Extractions.Count;

    internal IReadOnlyList<ArticleExtraction> Extractions { get; }

    internal IReadOnlyList<ArticleEvidence> Evidence { get; }
}
