using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsGraph.App.Articles;
using NewsGraph.App.Stores;
using NewsGraph.Extraction;
using NewsGraph.Graph.Import;
using Spectre.Console;

namespace NewsGraph.App.Commands;

/// <summary><c>newsgraph import PATH...</c>: imports articles into the store, a batch per transaction.</summary>
internal static class ImportCommand
{
    public const int DefaultBatchSize = 250;

    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.OneOrMore, Description = "Article files or folders (read recursively: .txt, .md, .html)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => DefaultBatchSize };
        var maxSize = new Option<long>("--max-size") { Description = "Largest file accepted, in bytes.", DefaultValueFactory = _ => ArticleFileReader.DefaultMaxBytes };
        var store = new StoreArguments();
        var command = new Command("import", "Import articles into the graph: extract, link statements with what is stored, write one batch at a time.")
        {
            paths, batchSize, maxSize,
        };
        store.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var interactive = !Console.IsOutputRedirected;
            IImportProgress progress = interactive ? new TerminalImportProgress(AnsiConsole.Console) : new PlainImportProgress(Console.Out);
            return RunAsync(result.GetValue(paths) ?? [], Math.Max(1, result.GetValue(batchSize)), result.GetValue(maxSize), store.ToConfiguration(result), progress, Console.Out, Console.Error, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(
        IReadOnlyList<string> paths,
        int batchSize,
        long maxBytes,
        IReadOnlyDictionary<string, string?> storeSettings,
        IImportProgress progress,
        TextWriter output,
        TextWriter errors,
        CancellationToken cancellationToken)
    {
        var (sources, missing) = ArticleFileReader.Find(paths);
        foreach (var error in missing)
        {
            await errors.WriteLineAsync($"newsgraph: {error}").ConfigureAwait(false);
        }

        if (sources.Count == 0)
        {
            await errors.WriteLineAsync("newsgraph: no article files to import (.txt, .md, .html)").ConfigureAwait(false);
            return 2;
        }

        return await StoreFailure.ReportAsync(errors, async () =>
        {
            await using var services = await CommandServices.StartAsync(storeSettings, cancellationToken).ConfigureAwait(false);
            var importer = services.Services.GetRequiredService<ArticleImporter>();
            var reader = new ArticleFileReader(maxBytes);
            var outcomes = new List<FileOutcome>();
            var ahead = services.Services.GetRequiredService<IOptions<ImportOptions>>().Value.PreparedBatches;
            await progress.RunAsync(sources.Count, report => ImportPipeline.RunAsync(
                sources.Chunk(batchSize),
                ahead,
                (batch, ct) => new ValueTask<PreparedBatch>(PrepareAsync(batch, reader, importer, ct)),
                async (batch, ct) =>
                {
                    var done = await batch.ImportAsync(importer, ct).ConfigureAwait(false);
                    outcomes.AddRange(done);
                    report(done);
                },
                cancellationToken)).ConfigureAwait(false);

            var imported = outcomes.Count(o => o.Result?.Status == ImportStatus.Imported);
            var unchanged = outcomes.Count(o => o.Result?.Status == ImportStatus.Unchanged);
            var failed = outcomes.Count(o => o.Error is not null);
            foreach (var failure in outcomes.Where(o => o.Error is not null))
            {
                await errors.WriteLineAsync($"newsgraph: {failure.Source.Path}: {failure.Error}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"{imported} imported, {unchanged} unchanged, {failed} failed").ConfigureAwait(false);
            return imported + unchanged > 0 ? 0 : 2;
        }).ConfigureAwait(false);
    }

    private static async Task<PreparedBatch> PrepareAsync(ArticleSource[] batch, ArticleFileReader reader, ArticleImporter importer, CancellationToken cancellationToken)
    {
        var read = new (ArticleInput? Input, string? Error)[batch.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, batch.Length), cancellationToken, async (i, ct) =>
        {
            try
            {
                read[i] = (await reader.ReadAsync(batch[i], ct).ConfigureAwait(false), null);
            }
            catch (ArticleRejectedException e)
            {
                read[i] = (null, e.Message);
            }
        }).ConfigureAwait(false);

        var articles = importer.Prepare([.. read.Select(r => r.Input).OfType<ArticleInput>()], cancellationToken);
        return new PreparedBatch(batch, read.Select(r => r.Error).ToArray(), articles);
    }

    /// <summary>A batch read and prepared, waiting for its turn to be written.</summary>
    private sealed record PreparedBatch(ArticleSource[] Sources, string?[] Errors, PreparedArticles Articles)
    {
        public async Task<List<FileOutcome>> ImportAsync(ArticleImporter importer, CancellationToken cancellationToken)
        {
            var results = Articles.Count == 0 ? [] : await importer.ImportAsync(Articles, cancellationToken).ConfigureAwait(false);
            var next = 0;
            return Sources.Select((source, i) => Errors[i] is { } error
                ? new FileOutcome(source, null, error)
                : new FileOutcome(source, results[next++], null)).ToList();
        }
    }
}
