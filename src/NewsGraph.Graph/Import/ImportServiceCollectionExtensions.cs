using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsGraph.Extraction;
using NewsGraph.Graph.Import;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the import pipeline.</summary>
public static class ImportServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ArticleExtractor"/>, the system <see cref="TimeProvider"/> unless one is registered,
    /// and the <see cref="ArticleImporter"/> over the registered store (one per process: it serialises writes).
    /// </summary>
    public static IServiceCollection AddNewsGraphImport(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ArticleExtractor>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ArticleImporter>();
        return services;
    }
}
