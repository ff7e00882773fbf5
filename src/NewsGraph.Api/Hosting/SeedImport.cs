using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsGraph.Api.Importing;
using NewsGraph.Extraction;
using NewsGraph.Graph;

namespace NewsGraph.Api.Hosting;

/// <summary>Fills an empty store with the seed articles, through the importer port.</summary>
public sealed class SeedImport(IServiceProvider services, ILogger<SeedImport> logger)
{
    /// <summary>
    /// Imports every <c>*.txt</c> file of <paramref name="folder"/> when the store holds no node; returns how many
    /// articles were imported. A rejected file is logged and skipped; the others still go in.
    /// </summary>
    public async Task<int> ImportIfEmptyAsync(string folder, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IGraphStore>();
        var counts = await store.CountAsync(cancellationToken);
        if (counts.Nodes.Values.Any(count => count > 0) || !Directory.Exists(folder))
        {
            return 0;
        }

        var importer = services.GetService<IArticleImporter>();
        if (importer is null)
        {
            Log.SeedingSkipped(logger);
            return 0;
        }

        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        Log.SeedingStarted(logger, files.Count, folder);
        var imported = 0;
        foreach (var file in files)
        {
            try
            {
                var text = TextDecoder.Decode(await File.ReadAllBytesAsync(file, cancellationToken)).Text;
                await importer.ImportAsync(new ArticleSubmission(text, file), cancellationToken);
                imported++;
            }
            catch (ArticleRejectedException exception)
            {
                Log.SeedRejected(logger, file, exception.Message);
            }
        }

        return imported;
    }
}
