using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsGraph.Extraction;
using NewsGraph.Graph;
using NewsGraph.Graph.Import;

namespace NewsGraph.Api.Hosting;

/// <summary>Fills an empty store with the seed articles.</summary>
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

        var importer = services.GetService<ArticleImporter>();
        if (importer is null)
        {
            Log.SeedingSkipped(logger);
            return 0;
        }

        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        Log.SeedingStarted(logger, files.Count, folder);
        var articles = new List<ArticleInput>();
        foreach (var file in files)
        {
            try
            {
                articles.Add(ArticleReader.Read(file, await File.ReadAllBytesAsync(file, cancellationToken)));
            }
            catch (ArticleRejectedException exception)
            {
                Log.SeedRejected(logger, file, exception.Message);
            }
        }

        var results = await importer.ImportAsync(articles, cancellationToken);
        return results.Count(r => r.Status == ImportStatus.Imported);
    }
}
