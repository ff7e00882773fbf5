using GraphQL.DI;
using Microsoft.AspNetCore.Builder;
using NewsGraph.Api.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>What makes the API embeddable in dashboards: persisted queries and cacheable GET answers.</summary>
public static class NewsGraphEmbeddingExtensions
{
    /// <summary>Adds Automatic Persisted Queries and the GET caching options, bound and validated at start.</summary>
    public static IServiceCollection AddNewsGraphEmbedding(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PersistedQueryOptions>().BindConfiguration(PersistedQueryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GetCachingOptions>().BindConfiguration(GetCachingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IConfigureExecution, AutomaticPersistedQueries>();
        return services;
    }

    /// <summary>ETags, <c>Cache-Control</c> and 304 answers for GET requests of the GraphQL endpoint.</summary>
    public static WebApplication UseNewsGraphGetCaching(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<GetCachingMiddleware>(new Microsoft.AspNetCore.Http.PathString(NewsGraphEndpointExtensions.GraphQLPath));
        return app;
    }
}
