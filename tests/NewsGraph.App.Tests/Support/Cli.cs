using System.Diagnostics;
using System.Text;
using NewsGraph.App.Articles;
using NewsGraph.App.Commands;

namespace NewsGraph.App.Tests.Support;

/// <summary>Runs <c>newsgraph extract</c> in this process, or as the built executable in a child process.</summary>
internal static class Cli
{
    /// <summary>Calls <see cref="ExtractCommand.RunAsync"/> with string writers for stdout and stderr.</summary>
    public static async Task<CliResult> ExtractAsync(IReadOnlyList<string> paths, string format = "json", long maxBytes = ArticleFileReader.DefaultMaxBytes)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await ExtractCommand.RunAsync(paths, format, maxBytes, output, errors, CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), errors.ToString());
    }

    /// <summary>Runs <c>dotnet newsgraph.dll ARGUMENTS</c> (the App's build output, copied beside the tests).</summary>
    public static Task<CliResult> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    /// <summary>Runs <c>dotnet newsgraph.dll ARGUMENTS</c> with <paramref name="environment"/> added to the process's variables.</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = StartInfo(arguments);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung child, not a timing assertion.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>How to start <c>dotnet newsgraph.dll ARGUMENTS</c> with both outputs redirected.</summary>
    public static ProcessStartInfo StartInfo(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsgraph.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
