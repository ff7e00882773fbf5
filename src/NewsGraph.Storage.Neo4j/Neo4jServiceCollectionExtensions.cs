using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j;
using NewsGraph.Storage.Neo4j.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Neo4j store.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Neo4jGraphStore"/> as the <see cref="IGraphStore"/>, with <see cref="Neo4jGraphStoreOptions"/>
    /// bound from the section <c>Neo4j</c> and validated on start, and connects (schema included) when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes to the options after binding, or null.</param>
    public static IServiceCollection AddNewsGraphNeo4j(this IServiceCollection services, Action<Neo4jGraphStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<Neo4jGraphStoreOptions>()
            .BindConfiguration(Neo4jGraphStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddHttpClient(Neo4jGraphStore.HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => Neo4jHttpHandler.Create(provider.GetRequiredService<IOptions<Neo4jGraphStoreOptions>>().Value))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.TryAddSingleton(provider => new Neo4jGraphStore(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(Neo4jGraphStore.HttpClientName),
            provider.GetRequiredService<IOptions<Neo4jGraphStoreOptions>>(),
            provider.GetRequiredService<ILogger<Neo4jGraphStore>>()));
        services.TryAddSingleton<IGraphStore>(provider => provider.GetRequiredService<Neo4jGraphStore>());
        services.AddHostedService(provider => new Neo4jGraphStoreInitializer(provider.GetRequiredService<Neo4jGraphStore>()));
        return services;
    }
}
