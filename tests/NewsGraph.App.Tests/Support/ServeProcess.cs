using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace NewsGraph.App.Tests.Support;

/// <summary>
/// <c>newsgraph serve</c> as a child process, from its start until it prints the address it serves GraphQL at (run it
/// with <c>--urls http://127.0.0.1:0</c> and it picks a free port); stopped with SIGTERM, or killed on dispose.
/// </summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private const string Serving = "NewsGraph is serving GraphQL at ";

    private readonly Process _process;
    private readonly string _startup;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private ServeProcess(Process process, Uri graphQL, string startup, Task<string> stdout, Task<string> stderr)
    {
        _process = process;
        GraphQL = graphQL;
        _startup = startup;
        _stdout = stdout;
        _stderr = stderr;
    }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri GraphQL { get; }

    /// <summary>Starts <c>newsgraph ARGUMENTS</c> with <paramref name="environment"/> added and waits until it serves.</summary>
    public static Task<ServeProcess> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = Cli.StartInfo(arguments);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return StartAsync(start);
    }

    /// <summary>Starts <paramref name="start"/> (from <see cref="Cli.StartInfo"/>) and waits until it serves.</summary>
    public static async Task<ServeProcess> StartAsync(ProcessStartInfo start)
    {
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var startup = new StringBuilder();
        // A guard against a server that never comes up, not a timing assertion.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(hang.Token) is { } line)
            {
                startup.AppendLine(line);
                if (line.StartsWith(Serving, StringComparison.Ordinal))
                {
                    var graphQL = new Uri(line[Serving.Length..].Split(' ')[0]);
                    return new ServeProcess(process, graphQL, startup.ToString(), process.StandardOutput.ReadToEndAsync(), stderr);
                }
            }

            await process.WaitForExitAsync(hang.Token);
            throw new InvalidOperationException($"serve exited with {process.ExitCode} before serving:\n{startup}{await stderr}");
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>POSTs <paramref name="query"/> and returns the response's <c>data</c>, failing on any error.</summary>
    public async Task<JsonElement> QueryAsync(string query)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(GraphQL, new { query });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data");
    }

    /// <summary>Sends SIGTERM, as a service manager stops a server, and returns how it ended and all it wrote.</summary>
    public async Task<(int ExitCode, string Output, string Errors)> TerminateAsync()
    {
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])))
        {
            await kill!.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        // A guard against a server that ignores SIGTERM, not a timing assertion.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await _process.WaitForExitAsync(hang.Token);
        return (_process.ExitCode, _startup + await _stdout, await _stderr);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await Task.WhenAll(_stdout, _stderr);
        _process.Dispose();
    }
}
