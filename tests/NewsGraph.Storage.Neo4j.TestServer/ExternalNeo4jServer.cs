namespace NewsGraph.Storage.Neo4j.Tests.Server;

/// <summary>
/// The server named by <c>NEWSGRAPH_TEST_NEO4J</c>: an HTTP URL whose user information, if any, holds the
/// credentials (<c>http://neo4j:secret@127.0.0.1:7474</c>). Never stopped: the tests did not start it.
/// </summary>
public sealed class ExternalNeo4jServer : INeo4jTestServer
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "NEWSGRAPH_TEST_NEO4J";

    private ExternalNeo4jServer(Uri url, string user, string password)
    {
        Url = url;
        User = user;
        Password = password;
    }

    public string Description => $"{Url} (from {Variable})";

    public Uri Url { get; }

    public string User { get; }

    public string Password { get; }

    public bool CanRestart => false;

    /// <summary>The server the variable names, or null when it is not set.</summary>
    public static ExternalNeo4jServer? FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var uri = new Uri(value);
        var credentials = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
        var url = new UriBuilder(uri) { UserName = "", Password = "" }.Uri;
        return new ExternalNeo4jServer(url, credentials[0] is { Length: > 0 } user ? user : "neo4j", credentials.Length > 1 ? credentials[1] : "");
    }

    public Task StopAsync() => throw new NotSupportedException("The tests did not start this server.");

    public Task StartAsync() => throw new NotSupportedException("The tests did not start this server.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
