using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using NewsGraph.Corpus;
using NewsGraph.Extraction;
using NewsGraph.Graph;
using NewsGraph.Graph.Import;

namespace NewsGraph.ImportBench;

/// <summary>Streams the generated corpus through the real importer and <see cref="ImportPipeline"/>, a batch per transaction, as <c>newsgraph import</c> does.</summary>
public static class ImportRun
{
    public static async Task<ImportFigures> RunAsync(IGraphStore store, int count, int batchSize, int seed, string? storeFile, TextWriter log, CancellationToken cancellationToken)
    {
        using var importer = new ArticleImporter(store, new ArticleExtractor(), TimeProvider.System, NullLogger<ArticleImporter>.Instance);
        var chunk = Math.Max(batchSize, count / 10);
        using var stages = new StageListener();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        var lap = Stopwatch.StartNew();
        var slowest = double.MaxValue;
        var done = 0;
        var sinceLap = 0;
        // As newsgraph import does: later batches are generated and prepared while one is written.
        await ImportPipeline.RunAsync(
            new CorpusGenerator(seed).Generate(count).Chunk(batchSize),
            new ImportOptions().PreparedBatches,
            (batch, ct) => ValueTask.FromResult(importer.Prepare(batch.Select(Input).ToList(), ct)),
            async (written, ct) =>
            {
                await importer.ImportAsync(written, ct).ConfigureAwait(false);
                done += written.Count;
                sinceLap += written.Count;
                if (sinceLap >= chunk || done == count)
                {
                    slowest = Math.Min(slowest, sinceLap / lap.Elapsed.TotalSeconds);
                    sinceLap = 0;
                    await log.WriteLineAsync($"  {done,7:N0} articles, {done / total.Elapsed.TotalSeconds,8:N0} articles/s overall, {Environment.WorkingSet / 1048576.0,6:N0} MB working set").ConfigureAwait(false);
                    lap.Restart();
                }
            },
            cancellationToken).ConfigureAwait(false);

        return Figures(done, total, slowest, storeFile, cpu, stages);
    }

    /// <summary>
    /// Imports articles <paramref name="skip"/> + 1 to <paramref name="skip"/> + <paramref name="count"/> of the corpus into
    /// a store that already holds a graph: the cost of growing a large graph without building it first. Generation and
    /// extraction happen before the clock starts, so the time and CPU are the importer's and the store's alone.
    /// </summary>
    public static async Task<ImportFigures> AppendAsync(IGraphStore store, int skip, int count, int batchSize, int seed, string storeFile, TextWriter log, CancellationToken cancellationToken)
    {
        using var importer = new ArticleImporter(store, new ArticleExtractor(), TimeProvider.System, NullLogger<ArticleImporter>.Instance);
        var batches = new CorpusGenerator(seed).Generate(skip + count).Skip(skip).Chunk(batchSize)
            .Select(batch => importer.Prepare(batch.Select(Input).ToList(), cancellationToken))
            .ToList();
        await store.GetNodesAsync(["warm-up"], cancellationToken).ConfigureAwait(false);
        using var stages = new StageListener();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        var done = 0;
        foreach (var batch in batches)
        {
            await importer.ImportAsync(batch, cancellationToken).ConfigureAwait(false);
            done += batch.Count;
        }

        await log.WriteLineAsync($"  {done:N0} articles after the first {skip:N0}").ConfigureAwait(false);
        return Figures(done, total, done / total.Elapsed.TotalSeconds, storeFile, cpu, stages);
    }

    private static ArticleInput Input(GeneratedArticle article) =>
        ArticleReader.FromText(article.FileName, article.Text, ArticleFormat.PlainText, ArticleHints.None);

    private static ImportFigures Figures(int done, Stopwatch total, double slowest, string? storeFile, TimeSpan cpuAtStart, StageListener stages) =>
        new(
            done,
            total.Elapsed.TotalSeconds,
            slowest,
            Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0,
            storeFile is null ? null : StoreSize(storeFile) / 1048576.0,
            (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds,
            stages.Totals());

    private static long StoreSize(string file) =>
        new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
}
