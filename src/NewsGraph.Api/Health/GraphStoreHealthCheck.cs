using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using NewsGraph.Graph;

namespace NewsGraph.Api.Health;

/// <summary>Ready when the graph store answers <see cref="IGraphStore.CheckHealthAsync"/>.</summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store, ILogger<GraphStoreHealthCheck> logger) : IHealthCheck
{
    /// <summary>The tag of the checks behind <c>/health/ready</c>.</summary>
    public const string ReadyTag = "ready";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.CheckHealthAsync(cancellationToken);
            return HealthCheckResult.Healthy("The graph store answers.");
        }
        catch (GraphStoreException exception)
        {
            Log.StoreNotReady(logger, exception.Code, exception);
            return HealthCheckResult.Unhealthy($"The graph store does not answer ({exception.Code}).");
        }
    }
}
