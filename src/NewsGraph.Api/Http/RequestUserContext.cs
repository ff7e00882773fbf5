using Microsoft.Extensions.DependencyInjection;
using NewsGraph.Api.Loading;

namespace NewsGraph.Api.Http;

/// <summary>The user context of one request: what the transport learnt that validation rules need, and the request's loaders.</summary>
internal sealed class RequestUserContext : Dictionary<string, object?>
{
    private readonly Lazy<GraphLoaders> _loaders;

    /// <summary>Creates the context.</summary>
    public RequestUserContext(ApiKeyStatus apiKey, string apiKeyHeader, IServiceProvider requestServices)
    {
        ApiKey = apiKey;
        ApiKeyHeader = apiKeyHeader;
        _loaders = new Lazy<GraphLoaders>(requestServices.GetRequiredService<GraphLoaders>);
    }

    /// <summary>What the API key header said.</summary>
    public ApiKeyStatus ApiKey { get; }

    /// <summary>The name of the API key header, for error messages.</summary>
    public string ApiKeyHeader { get; }

    /// <summary>
    /// The request's batch loaders, resolved once, when a resolver first needs them: resolving a scoped service takes the
    /// scope's lock, and the parallel execution strategy's resolvers, asking for it on every field, queued on that lock.
    /// </summary>
    public GraphLoaders Loaders => _loaders.Value;
}
