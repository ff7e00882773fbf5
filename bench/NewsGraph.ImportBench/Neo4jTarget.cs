using NewsGraph.Storage.Neo4j;
using NewsGraph.Storage.Neo4j.Tests.Server;

namespace NewsGraph.ImportBench;

/// <summary>
/// The Neo4j server the benchmark writes to: one at a URL, or (<c>--neo4j local</c>) the 3.1.1 community server the
/// Neo4j tests run, started by the tests' shared <see cref="LocalNeo4jServer"/> on free ports and stopped at the end.
/// </summary>
public sealed class Neo4jTarget : IAsyncDisposable
{
    /// <summary>The <c>--neo4j</c> value that starts the local test server.</summary>
    public const string Local = "local";

    private readonly LocalNeo4jServer? _server;

    private Neo4jTarget(Uri url, string user, string? password, LocalNeo4jServer? server, string description)
    {
        Url = url;
        User = user;
        Password = password;
        _server = server;
        Description = description;
    }

    public Uri Url { get; }

    public string User { get; }

    public string? Password { get; }

    public string Description { get; }

    /// <summary>Starts the local server for <see cref="Local"/>, else points at the URL.</summary>
    public static async Task<Neo4jTarget> OpenAsync(string value, string user, string? password)
    {
        if (!string.Equals(value, Local, StringComparison.OrdinalIgnoreCase))
        {
            var url = new Uri(value);
            return new Neo4jTarget(url, user, password, null, url.ToString());
        }

        var server = await LocalNeo4jServer.StartNewAsync().ConfigureAwait(false);
        return new Neo4jTarget(server.Url, server.User, server.Password, server, server.Description);
    }

    /// <summary>A connected store writing <paramref name="batchSize"/> rows per statement.</summary>
    public async Task<Neo4jGraphStore> CreateStoreAsync(int batchSize, CancellationToken cancellationToken)
    {
        var store = Neo4jGraphStore.Create(new Neo4jGraphStoreOptions
        {
            Url = Url,
            User = User,
            Password = Password,
            BatchSize = batchSize,
            RequestTimeout = TimeSpan.FromMinutes(5),
        });
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
