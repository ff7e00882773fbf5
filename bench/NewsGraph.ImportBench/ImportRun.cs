using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using NewsGraph.Corpus;
using NewsGraph.Extraction;
using NewsGraph.Graph;
using NewsGraph.Graph.Import;

namespace NewsGraph.ImportBench;

/// <summary>Streams the generated corpus through the real importer, a batch per transaction, as <c>newsgraph import</c> does.</summary>
public static class ImportRun
{
    public static async Task<ImportFigures> RunAsync(IGraphStore store, int count, int batchSize, int seed, string? storeFile, TextWriter log, CancellationToken cancellationToken)
    {
        using var importer = new ArticleImporter(store, new ArticleExtractor(), TimeProvider.System, NullLogger<ArticleImporter>.Instance);
        var chunk = Math.Max(batchSize, count / 10);
        var total = Stopwatch.StartNew();
        var lap = Stopwatch.StartNew();
        var slowest = double.MaxValue;
        var done = 0;
        var sinceLap = 0;
        Task<IReadOnlyList<ArticleExtraction>>? next = null;
        foreach (var batch in new CorpusGenerator(seed).Generate(count).Chunk(batchSize).Append([]))
        {
            // As newsgraph import does: the next batch is extracted while this one is written.
            var prepared = Task.Run(() => importer.Extract(
                batch.Select(a => ArticleReader.FromText(a.FileName, a.Text, ArticleFormat.PlainText, ArticleHints.None)).ToList(), cancellationToken), cancellationToken);
            if (next is null)
            {
                next = prepared;
                continue;
            }

            var written = await next.ConfigureAwait(false);
            next = prepared;
            await importer.ImportAsync(written, cancellationToken).ConfigureAwait(false);
            done += written.Count;
            sinceLap += written.Count;
            if (sinceLap >= chunk || done == count)
            {
                slowest = Math.Min(slowest, sinceLap / lap.Elapsed.TotalSeconds);
                sinceLap = 0;
                await log.WriteLineAsync($"  {done,7:N0} articles, {done / total.Elapsed.TotalSeconds,8:N0} articles/s overall, {Environment.WorkingSet / 1048576.0,6:N0} MB working set").ConfigureAwait(false);
                lap.Restart();
            }
        }

        return new ImportFigures(
            done,
            total.Elapsed.TotalSeconds,
            slowest,
            Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0,
            storeFile is null ? null : StoreSize(storeFile) / 1048576.0);
    }

    private static long StoreSize(string file) =>
        new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
}
