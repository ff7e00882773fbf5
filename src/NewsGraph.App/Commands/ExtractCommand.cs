using System.CommandLine;
using System.Text.Json;
using NewsGraph.App.Articles;
using NewsGraph.App.Reports;
using NewsGraph.Extraction;

namespace NewsGraph.App.Commands;

/// <summary><c>newsgraph extract PATH... [--format json|text]</c>: extracts articles and links their statements.</summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.OneOrMore, Description = "Article files or folders (read recursively: .txt, .md, .html)." };
        var format = new Option<string>("--format") { Description = "Output format: json (the extraction contract) or text.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var maxSize = new Option<long>("--max-size") { Description = "Largest file accepted, in bytes.", DefaultValueFactory = _ => ArticleFileReader.DefaultMaxBytes };
        var command = new Command("extract", "Extract people, organizations, places and quotes from articles, and link the statements they share.")
        {
            paths, format, maxSize,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(paths) ?? [], result.GetValue(format) ?? "json", result.GetValue(maxSize), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        IReadOnlyList<string> paths, string format, long maxBytes, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var (sources, missing) = ArticleFileReader.Find(paths);
        foreach (var error in missing)
        {
            await errors.WriteLineAsync($"newsgraph: {error}").ConfigureAwait(false);
        }

        var reader = new ArticleFileReader(maxBytes);
        var extractor = new ArticleExtractor();
        var results = new (ArticleSource Source, ArticleExtraction? Extraction, string? Error)[sources.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, sources.Count),
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (i, ct) =>
            {
                try
                {
                    var input = await reader.ReadAsync(sources[i], ct).ConfigureAwait(false);
                    results[i] = (sources[i], extractor.Extract(input), null);
                }
                catch (ArticleRejectedException e)
                {
                    results[i] = (sources[i], null, e.Message);
                }
            }).ConfigureAwait(false);

        foreach (var (source, extraction, error) in results)
        {
            if (error is not null)
            {
                await errors.WriteLineAsync($"newsgraph: {source.Path}: {error}").ConfigureAwait(false);
            }

            foreach (var warning in extraction?.Warnings ?? [])
            {
                await errors.WriteLineAsync($"newsgraph: {source.Path}: warning: {warning}").ConfigureAwait(false);
            }
        }

        var extracted = results.Where(r => r.Extraction is not null).Select(r => (r.Source.Name, r.Extraction!)).ToList();
        var report = ExtractionReportBuilder.Build(extracted);
        if (format == "text")
        {
            await TextReportWriter.WriteAsync(report, output, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(report, Json)).ConfigureAwait(false);
        }

        return extracted.Count > 0 ? 0 : 2;
    }
}
