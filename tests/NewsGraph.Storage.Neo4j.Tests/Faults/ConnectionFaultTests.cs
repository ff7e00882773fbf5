using System.Net;
using System.Net.Sockets;
using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Tests.Server;

namespace NewsGraph.Storage.Neo4j.Tests.Faults;

/// <summary>A server that refuses the credentials, a URL where nothing listens, and one that never answers: each one clear error naming the server.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class ConnectionFaultTests(Neo4jServerFixture fixture)
{
    /// <summary>Fails the test instead of hanging it, should the store's own timeouts not work.</summary>
    private static CancellationToken Guard => new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task A_wrong_password_is_one_clear_line()
    {
        using var store = fixture.CreateStore(options => options.Password = "not-the-password");

        var error = await Assert.ThrowsAnyAsync<GraphStoreException>(() => store.CheckHealthAsync(Guard));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.False(error.IsTransient);
        Assert.StartsWith($"Neo4j at {fixture.Server.Url}", error.Message, StringComparison.Ordinal);
        Assert.Contains("password was rejected", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("not-the-password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_where_nothing_listens_is_named_in_the_error()
    {
        var url = new Uri($"http://127.0.0.1:{ClosedPort()}/");
        using var store = Neo4jGraphStore.Create(new Neo4jGraphStoreOptions { Url = url, ConnectTimeout = TimeSpan.FromSeconds(2) });

        var error = await Assert.ThrowsAnyAsync<GraphStoreException>(() => store.CountAsync(Guard));

        Assert.Equal("Store.Unreachable", error.Code);
        Assert.True(error.IsTransient);
        Assert.StartsWith($"Neo4j at {url} cannot be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_never_answers_fails_at_the_request_timeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var url = new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/");
        using var store = Neo4jGraphStore.Create(new Neo4jGraphStoreOptions { Url = url, RequestTimeout = TimeSpan.FromSeconds(1) });

        var error = await Assert.ThrowsAnyAsync<GraphStoreException>(() => store.ApplyAsync(new GraphChange { DeleteNodes = ["x"] }, Guard));

        Assert.Equal("Store.Timeout", error.Code);
        Assert.Equal($"Neo4j at {url} did not answer within 1 s (GET /).", error.Message);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
