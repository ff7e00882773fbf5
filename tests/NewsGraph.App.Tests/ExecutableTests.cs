using NewsGraph.App.Tests.Support;

namespace NewsGraph.App.Tests;

/// <summary><c>newsgraph extract</c> run as the built executable, so that exit codes and streams are the real ones.</summary>
public sealed class ExecutableTests : TempFolderTests
{
    [Fact]
    public async Task Good_articles_exit_0_with_the_json_report_on_stdout()
    {
        WriteSamples();

        var result = await Cli.RunAsync("extract", Folder.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Equal(["ap.txt", "master.html", "quay.md", "reuters.txt"], result.Files);
        Assert.Contains(result.Report.GetProperty("statements").EnumerateArray(), s => s.GetProperty("articles").GetArrayLength() == 2);
    }

    [Fact]
    public async Task A_missing_path_alone_exits_2_naming_it()
    {
        var missing = Folder.PathOf("nowhere");

        (await Cli.RunAsync("extract", missing)).AssertRefused(missing, "no such file or folder");
    }

    [Fact]
    public async Task Only_bad_files_exit_2_with_valid_json_and_each_file_named()
    {
        var empty = Folder.Write("empty.txt", "");
        var binary = Folder.WriteBytes("binary.md", [.. "%PDF-1.7"u8, 0x00, 0xFF]);

        var result = await Cli.RunAsync("extract", Folder.Root);

        result.AssertRefused(empty, "empty file");
        result.AssertRefused(binary, "binary file");
    }

    [Fact]
    public async Task Bad_files_beside_good_ones_exit_0_with_the_good_ones_on_stdout()
    {
        Folder.Write("ap.txt", SampleArticles.HarbourAp);
        var big = Folder.Write("big.txt", SampleArticles.HarbourReuters + new string(' ', 2_000));

        var result = await Cli.RunAsync("extract", "--max-size", "2000", Folder.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["ap.txt"], result.Files);
        Assert.Contains($"{big}: file is ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("over the 2,000-byte limit (--max-size)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_exits_0_with_a_warning_on_stderr()
    {
        byte[] bytes = [.. "Kyiv "u8, 0xC3, 0x28, .. "\n\n\"The fishing fleet deserves a proper quay before anything else,\" said Henrietta Calloway.\n"u8];
        var path = Folder.WriteBytes("broken.txt", bytes);

        var result = await Cli.RunAsync("extract", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{path}: warning: invalid UTF-8 at byte offset 5", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["broken.txt"], result.Files);
    }

    [Fact]
    public async Task The_text_format_prints_the_summary()
    {
        var path = Folder.Write("ap.txt", SampleArticles.HarbourAp);

        var result = await Cli.RunAsync("extract", path, "--format", "text");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("== ap.txt\n   title:     Harbour council rejects dredging plan\n", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract --format xml ap.txt", "'xml' not recognized")]
    [InlineData("extract --max-size lots ap.txt", "'lots'")]
    [InlineData("extract", "Required argument missing")]
    [InlineData("frobnicate", "'frobnicate'")]
    public async Task Usage_errors_exit_1_with_the_reason_on_stderr(string arguments, string reason)
    {
        var result = await Cli.RunAsync(arguments.Split(' '));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
    }
}
