using System.Text.Json;

namespace NewsGraph.App.Tests.Support;

/// <summary>What one run of <c>newsgraph extract</c> gave: its exit code and what it wrote.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Stdout checked against the extraction contract (<see cref="Contract.Check"/>).</summary>
    public JsonElement Report => Contract.Check(Stdout);

    /// <summary>The <c>file</c> of each article in the report, in order.</summary>
    public IReadOnlyList<string> Files => Report.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()!).ToList();

    /// <summary>Asserts that nothing was extracted (exit 2, valid JSON without articles) and that stderr says why <paramref name="path"/> was refused.</summary>
    public void AssertRefused(string path, string reason)
    {
        Assert.Equal(2, ExitCode);
        Assert.Contains($"{path}: {reason}", Stderr, StringComparison.Ordinal);
        Assert.Empty(Files);
    }

    /// <summary>The article reported for <paramref name="file"/>.</summary>
    public JsonElement Article(string file) =>
        Report.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("file").GetString() == file);

    /// <summary>The statement with <paramref name="id"/>.</summary>
    public JsonElement Statement(string id) =>
        Report.GetProperty("statements").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);
}
