using Microsoft.Extensions.Hosting;

namespace NewsGraph.Storage.Neo4j;

/// <summary>Connects and applies the schema when the host starts, so a server that is down or refuses the credentials stops the start.</summary>
internal sealed class Neo4jGraphStoreInitializer(Neo4jGraphStore store) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
