using System.Diagnostics;

namespace NewsGraph.Api.Tests.Infrastructure;

/// <summary>Runs a script of <c>tests/NewsGraph.Api.Tests/node</c> with the packages scripts/install-test-deps.sh installed.</summary>
public static class NodeScript
{
    /// <summary>The repository's root folder.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Where tests save what a person may want to look at (screenshots, audit results).</summary>
    public static string ResultsFolder => Directory.CreateDirectory(Path.Combine(RepositoryRoot, "artifacts", "test-results")).FullName;

    private static string Folder => Path.Combine(RepositoryRoot, "tests", "NewsGraph.Api.Tests", "node");

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/>; returns exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string script, params string[] arguments)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules")), "The node packages are missing: run scripts/install-test-deps.sh.");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await errors);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("NewsGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
