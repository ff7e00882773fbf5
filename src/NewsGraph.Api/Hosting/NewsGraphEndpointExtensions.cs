using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsGraph.Api;
using NewsGraph.Api.Health;
using NewsGraph.Api.Http;
using NewsGraph.Api.Ide;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the NewsGraph endpoints.</summary>
public static class NewsGraphEndpointExtensions
{
    /// <summary>The GraphQL endpoint's path.</summary>
    public const string GraphQLPath = "/graphql";

    /// <summary>
    /// CORS, then <c>/graphql</c> (GraphQL over HTTP), <c>/graphql/</c> (the IDE), <c>/graphql/bcp-config.json</c>,
    /// <c>/graphql/schema.graphql</c> (the served schema as SDL), <c>/health/live</c> and <c>/health/ready</c>.
    /// </summary>
    public static WebApplication MapNewsGraph(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCors();
        app.UseNewsGraphEmbedding();
        var ideEnabled = app.Services.GetRequiredService<IOptions<IdeOptions>>().Value.Enabled;

        // Routing matches "/graphql/" here too; that one is the IDE's page.
        app.Map(GraphQLPath, (HttpContext context, GraphQLHttpEndpoint endpoint, IdeFiles files) =>
                context.Request.Path.Value!.EndsWith('/')
                    ? (ideEnabled ? files.Serve(context, null) : TypedResults.NotFound()).ExecuteAsync(context)
                    : endpoint.HandleAsync(context))
            .WithDisplayName("GraphQL");
        app.MapGet(GraphQLPath + "/schema.graphql", (ISchema schema) =>
            TypedResults.Text(schema.Print(new PrintOptions { StringComparison = null }), "text/plain; charset=utf-8"));
        MapIde(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(GraphStoreHealthCheck.ReadyTag) });
        return app;
    }

    private static void MapIde(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<IdeOptions>>().Value;
        if (!options.Enabled)
        {
            return;
        }

        var files = app.Services.GetRequiredService<IdeFiles>();
        if (!files.Installed)
        {
            Log.IdeFilesMissing(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(NewsGraphEndpointExtensions)), options.FilesPath);
        }

        app.MapGet(GraphQLPath + "/bcp-config.json", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-cache";
            return TypedResults.Json(new IdeConfiguration(context.Request.PathBase + GraphQLPath, options.Title, IdeConfiguration.StarterDocument));
        });
        app.MapGet(GraphQLPath + "/{**file}", (HttpContext context, string? file) => files.Serve(context, file));
    }
}
