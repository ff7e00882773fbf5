using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using NewsGraph.Api.Health;
using NewsGraph.Api.Hosting;
using NewsGraph.Api.Http;
using NewsGraph.Api.Ide;
using NewsGraph.Api.Loading;
using NewsGraph.Api.Schema;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the NewsGraph GraphQL API. The host registers an <see cref="NewsGraph.Graph.IGraphStore"/> (and, for mutations, an importer).</summary>
public static class NewsGraphApiServiceCollectionExtensions
{
    /// <summary>Adds the schema, the endpoint, the IDE, CORS and health checks, with options bound and validated at start.</summary>
    public static IServiceCollection AddNewsGraphApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ApiLimitsOptions>().BindConfiguration(ApiLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IdeOptions>().BindConfiguration(IdeOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddNewsGraphEmbedding();
        services.AddSingleton<IConfigureExecution, DocumentCache>();
        services.AddScoped<GraphLoaders>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<IdeFiles>();
        services.AddSingleton<SeedImport>();
        // Deep enough that a deep document reaches the depth limit, which says what is wrong; shallow enough for the stack.
        services.AddSingleton<IDocumentBuilder>(new GraphQLDocumentBuilder { MaxDepth = 1000 });
        services.AddGraphQL(builder => builder
            .AddSchema(NewsGraphSchemaFactory.Create, GraphQL.DI.ServiceLifetime.Singleton)
            // Error messages quote names with ` and '; JSON bodies are never embedded in HTML, so they need not be escaped.
            .AddSystemTextJson(options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = false)
            .AddComplexityAnalyzer((options, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<ApiLimitsOptions>>().Value;
                options.MaxDepth = limits.MaxDepth;
                options.MaxComplexity = limits.MaxComplexity;
                options.DefaultComplexityImpactDelegate = ComplexityLimits.FreeIntrospection(options.DefaultComplexityImpactDelegate);
                options.ValidateComplexityDelegate = ComplexityLimits.Validate;
            })
            .AddValidationRule<MutationApiKeyRule>()
            .AddValidationRule<IntrospectionSwitchRule>()
            .AddUnhandledExceptionHandler(ExceptionTranslator.Translate));

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ApiOptions>>((cors, api) => cors.AddDefaultPolicy(policy => policy
            .WithOrigins([.. api.Value.CorsOrigins])
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", "Accept", "GraphQL-Require-Preflight", api.Value.ApiKeyHeader)));
        services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("graph-store", tags: [GraphStoreHealthCheck.ReadyTag]);
        return services;
    }
}
