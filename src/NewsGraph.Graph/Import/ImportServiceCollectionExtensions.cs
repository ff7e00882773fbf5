using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsGraph.Extraction;
using NewsGraph.Graph.Import;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the import pipeline.</summary>
public static class ImportServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ArticleExtractor"/>, the system <see cref="TimeProvider"/> unless one is registered,
    /// the <see cref="ArticleImporter"/> over the registered store (one per process: it serialises writes), and
    /// <see cref="ImportOptions"/> bound from the configuration section <c>Import</c>.
    /// </summary>
    public static IServiceCollection AddNewsGraphImport(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ArticleExtractor>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ArticleImporter>();
        services.AddOptions<ImportOptions>()
            .BindConfiguration(ImportOptions.SectionName)
            .Validate(o => o.PreparedBatches >= 1, "Import:PreparedBatches must be at least 1.")
            .ValidateOnStart();
        return services;
    }
}
