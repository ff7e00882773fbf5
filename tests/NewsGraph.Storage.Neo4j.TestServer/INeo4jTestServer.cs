namespace NewsGraph.Storage.Neo4j.Tests.Server;

/// <summary>A Neo4j server the tests talk to.</summary>
public interface INeo4jTestServer : IAsyncDisposable
{
    /// <summary>Where it came from, for test output.</summary>
    string Description { get; }

    /// <summary>The HTTP URL.</summary>
    Uri Url { get; }

    /// <summary>The user.</summary>
    string User { get; }

    /// <summary>The password.</summary>
    string Password { get; }

    /// <summary>Whether the tests may stop and start it (only a server the tests started themselves).</summary>
    bool CanRestart { get; }

    /// <summary>Stops the server process; its data stays.</summary>
    Task StopAsync();

    /// <summary>Starts it again on the same data and port.</summary>
    Task StartAsync();
}
