using GraphQL.DI;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using NewsGraph.Api.Dashboard;
using NewsGraph.Api.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>What makes the API embeddable in dashboards (persisted queries, cacheable GET answers), and the dashboard page.</summary>
public static class NewsGraphEmbeddingExtensions
{
    /// <summary>The dashboard's path.</summary>
    public const string DashboardPath = "/dashboard";

    /// <summary>Adds Automatic Persisted Queries (kept in the <see cref="QueryCache"/>) and the GET caching and dashboard options, bound and validated at start.</summary>
    public static IServiceCollection AddNewsGraphEmbedding(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<QueryCacheOptions>().BindConfiguration(QueryCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<QueryCache>();
        services.AddOptions<GetCachingOptions>().BindConfiguration(GetCachingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IConfigureExecution, AutomaticPersistedQueries>();
        return services;
    }

    /// <summary>
    /// ETags, <c>Cache-Control</c> and 304 answers for GET requests of the GraphQL endpoint, and the dashboard's
    /// static files at <c>/dashboard/</c> (revalidated on each load) when it is enabled and its files are there.
    /// </summary>
    public static WebApplication UseNewsGraphEmbedding(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<GetCachingMiddleware>(new PathString(NewsGraphEndpointExtensions.GraphQLPath));
        var options = app.Services.GetRequiredService<IOptions<DashboardOptions>>().Value;
        if (options.Enabled && Directory.Exists(options.FilesPath))
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(options.FilesPath));
            // Middleware, not an endpoint: routing would match "/dashboard/" too, and static files skip routed requests.
            app.Use((context, next) =>
            {
                if (context.Request.Path.Value != DashboardPath)
                {
                    return next(context);
                }

                context.Response.Redirect(context.Request.PathBase + DashboardPath + "/");
                return Task.CompletedTask;
            });
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = DashboardPath });
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                RequestPath = DashboardPath,
                OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
            });
        }

        return app;
    }
}
