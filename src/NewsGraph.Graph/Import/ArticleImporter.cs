using Microsoft.Extensions.Logging;
using NewsGraph.Extraction;

namespace NewsGraph.Graph.Import;

/// <summary>
/// Imports articles into a graph store and removes them. Each batch is extracted, resolved against what is
/// stored (the same entity or claim found earlier is the same node), and written as one atomic change, so a
/// crash never leaves half an article. Entities and claims are rebuilt from their evidence by rules that do not
/// depend on order, so importing articles one by one, in any order, gives the graph importing them together gives.
/// Writes are serialised; reads may run alongside.
/// </summary>
public sealed partial class ArticleImporter : IDisposable
{
    private const int CandidateSearchLimit = 5;

    private readonly IGraphStore _store;
    private readonly ArticleExtractor _extractor;
    private readonly TimeProvider _time;
    private readonly ILogger<ArticleImporter> _logger;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SpeakerClaims _speakerClaims;

    /// <summary>Creates an importer writing to <paramref name="store"/>.</summary>
    public ArticleImporter(IGraphStore store, ArticleExtractor extractor, TimeProvider time, ILogger<ArticleImporter> logger)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _extractor = extractor ?? throw new ArgumentNullException(nameof(extractor));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _speakerClaims = new SpeakerClaims(store);
    }

    /// <summary>Imports a batch in one transaction; articles whose content is already stored are left as they are.</summary>
    public Task<IReadOnlyList<ArticleImportResult>> ImportAsync(IReadOnlyList<ArticleInput> inputs, CancellationToken cancellationToken) =>
        ImportAsync(Prepare(inputs, cancellationToken), cancellationToken);

    /// <summary>
    /// Extracts a batch and builds each article's evidence on all cores, in order: the part of an import that reads no
    /// store, so that a caller (<see cref="ImportPipeline"/>) can do it for the next batches while one is written. The
    /// articles' <c>importedAt</c> is the time of this call.
    /// </summary>
    public PreparedArticles Prepare(IReadOnlyList<ArticleInput> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        using var timing = ImportMetrics.Preparing.Start();
        var now = _time.GetUtcNow();
        var prepared = inputs.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(_extractor.Extract)
            .Select(extraction => (Extraction: extraction, Evidence: EvidenceBuilder.Build(extraction, now)))
            .ToList();
        return new PreparedArticles([.. prepared.Select(p => p.Extraction)], [.. prepared.Select(p => p.Evidence)]);
    }

    /// <summary>Imports prepared articles in one transaction; articles whose content is already stored are left as they are.</summary>
    public async Task<IReadOnlyList<ArticleImportResult>> ImportAsync(PreparedArticles articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var timing = ImportMetrics.Batch.Start();
            var extractions = articles.Extractions;
            var ids = articles.Evidence.Select(e => e.Article.Id).ToList();
            var stored = (await _store.GetNodesAsync(ids.Distinct().ToList(), cancellationToken).ConfigureAwait(false)).Select(n => n.Id);
            var seen = new HashSet<string>(stored, StringComparer.Ordinal);
            var imported = new bool[extractions.Count];
            for (var i = 0; i < extractions.Count; i++)
            {
                imported[i] = seen.Add(ids[i]);
            }

            var fresh = articles.Evidence.Where((_, i) => imported[i]).ToList();
            var claims = new ClaimGraph([], [], []);
            if (fresh.Count > 0)
            {
                var plan = await PlanImportAsync(fresh, cancellationToken).ConfigureAwait(false);
                await ApplyAsync(plan.Change, cancellationToken).ConfigureAwait(false);
                claims = plan.Claims;
                Log.Imported(_logger, fresh.Count, plan.Change.UpsertNodes.Count, plan.Change.UpsertEdges.Count);
            }

            var relayed = claims.Edges.Where(e => e.Type == EdgeTypes.Relayed).ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
            var shared = claims.Claims.Where(c => c.GetLong(Props.RelayCount) > 1).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            return extractions.Select((e, i) => Result(e, ids[i], imported[i], relayed[ids[i]], shared)).ToList();
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Removes an article with its mentions and relays, and every node left with no evidence.</summary>
    /// <returns>False when no article has that id.</returns>
    public async Task<bool> RemoveAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var article = await _store.GetNodesAsync([articleId], cancellationToken).ConfigureAwait(false);
            if (article.Count == 0 || article[0].Label != NodeLabels.Article)
            {
                return false;
            }

            var change = await PlanRemovalAsync(articleId, cancellationToken).ConfigureAwait(false);
            await ApplyAsync(change, cancellationToken).ConfigureAwait(false);
            Log.Removed(_logger, articleId, change.DeleteNodes.Count);
            return true;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    /// <summary>Writes a change and keeps the speakers' claim lists in step; after a failed write they are read afresh.</summary>
    private async Task ApplyAsync(GraphChange change, CancellationToken cancellationToken)
    {
        try
        {
            await _store.ApplyAsync(change, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _speakerClaims.Clear();
            throw;
        }

        _speakerClaims.Applied(change);
    }

    private static ArticleImportResult Result(ArticleExtraction extraction, string id, bool imported, IEnumerable<string> claims, HashSet<string> shared)
    {
        var relayed = claims.Distinct().Order(StringComparer.Ordinal).ToList();
        var linked = relayed.Where(shared.Contains).ToList();
        var entities = extraction.People.Select(p => NodeIds.Person(p.Name))
            .Concat(extraction.Organizations.Select(o => NodeIds.Organization(o.Name)))
            .Concat(extraction.Places.Select(p => NodeIds.Place(p.Name)))
            .Distinct()
            .ToList();
        return new ArticleImportResult(extraction.Source, id, imported ? ImportStatus.Imported : ImportStatus.Unchanged, entities, extraction.Quotes.Count, relayed, linked);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Imported {Articles} articles: {Nodes} nodes and {Edges} edges written")]
        public static partial void Imported(ILogger logger, int articles, int nodes, int edges);

        [LoggerMessage(2, LogLevel.Information, "Removed article {ArticleId}: {Nodes} nodes deleted")]
        public static partial void Removed(ILogger logger, string articleId, int nodes);
    }
}
