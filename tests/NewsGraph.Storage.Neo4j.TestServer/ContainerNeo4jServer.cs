using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace NewsGraph.Storage.Neo4j.Tests.Server;

/// <summary>A <c>neo4j:5</c> container through Testcontainers, published on 127.0.0.1 only.</summary>
public sealed class ContainerNeo4jServer : INeo4jTestServer
{
    private const int HttpPort = 7474;
    private const string ThePassword = "newsgraph-test";

    private readonly IContainer _container;

    private ContainerNeo4jServer(IContainer container) => _container = container;

    public string Description => $"neo4j:5 container at {Url}";

    public Uri Url => new($"http://127.0.0.1:{_container.GetMappedPublicPort(HttpPort)}");

    public string User => "neo4j";

    public string Password => ThePassword;

    public bool CanRestart => false;

    /// <summary>A started container, or null when no Docker engine answers.</summary>
    public static async Task<ContainerNeo4jServer?> TryStartAsync()
    {
        IContainer container;
        try
        {
            container = new ContainerBuilder("neo4j:5")
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{ThePassword}")
                .WithPortBinding(HttpPort, assignRandomHostPort: true)
                .WithCreateParameterModifier(parameters =>
                {
                    foreach (var binding in (parameters.HostConfig?.PortBindings?.Values ?? []).SelectMany(bindings => bindings))
                    {
                        binding.HostIP = "127.0.0.1";
                    }
                })
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(HttpPort)))
                .Build();
        }
        catch (DockerUnavailableException)
        {
            return null;
        }

        try
        {
            await container.StartAsync();
            return new ContainerNeo4jServer(container);
        }
        catch (DockerUnavailableException)
        {
            await container.DisposeAsync();
            return null;
        }
    }

    public Task StopAsync() => throw new NotSupportedException("The container is not restarted by the tests.");

    public Task StartAsync() => throw new NotSupportedException("The container is not restarted by the tests.");

    public ValueTask DisposeAsync() => _container.DisposeAsync();
}
