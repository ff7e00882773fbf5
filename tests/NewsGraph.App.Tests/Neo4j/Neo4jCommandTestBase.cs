using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Tests.Server;

namespace NewsGraph.App.Tests.Neo4j;

/// <summary>A test against the shared Neo4j server, which starts each test empty.</summary>
[Collection(Neo4jCommandGroup.Name)]
public abstract class Neo4jCommandTestBase(Neo4jServerFixture fixture) : IAsyncLifetime
{
    protected static string Seeds => StoreCommandLine.Seeds;

    protected INeo4jTestServer Server => fixture.Server;

    public async Task InitializeAsync()
    {
        using var store = fixture.CreateStore();
        await Neo4jServerFixture.ClearAsync(store);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary><paramref name="arguments"/> followed by the options that point a command at the server.</summary>
    protected string[] OnNeo4j(params string[] arguments) =>
        [.. arguments, "--neo4j", Server.Url.ToString(), "--neo4j-user", Server.User, "--neo4j-password", Server.Password];

    /// <summary>What the server holds, read directly rather than through the commands.</summary>
    protected async Task<GraphCounts> CountsAsync()
    {
        using var store = fixture.CreateStore();
        return await store.CountAsync(CancellationToken.None);
    }

    /// <summary>
    /// Logs in with the right password, waiting while the server refuses every login: Neo4j locks a user for a few
    /// seconds after three failed logins in a row, and a good login resets the count.
    /// </summary>
    protected async Task RestoreLoginAsync()
    {
        using var store = fixture.CreateStore();
        // A guard against a server that never accepts the login again, not a timing assertion.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            try
            {
                await store.CheckHealthAsync(hang.Token);
                return;
            }
            catch (GraphStoreException e) when (e.Code == "Neo.ClientError.Security.AuthenticationRateLimit")
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), hang.Token);
            }
        }
    }
}
