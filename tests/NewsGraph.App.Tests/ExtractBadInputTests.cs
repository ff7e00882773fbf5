using System.Text;
using NewsGraph.App.Tests.Support;

namespace NewsGraph.App.Tests;

/// <summary><c>extract</c> on input that is not an article: each problem is named on stderr, stdout stays the JSON report.</summary>
public sealed class ExtractBadInputTests : TempFolderTests
{
    [Fact]
    public async Task A_missing_path_alone_is_named_on_stderr_and_exits_2()
    {
        var missing = Folder.PathOf("no-such-article.txt");

        (await Cli.ExtractAsync([missing])).AssertRefused(missing, "no such file or folder");
    }

    [Fact]
    public async Task A_missing_path_beside_a_good_article_is_named_and_the_article_extracted()
    {
        var missing = Folder.PathOf("gone");
        var good = Folder.Write("ap.txt", SampleArticles.HarbourAp);

        var result = await Cli.ExtractAsync([missing, good]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(missing, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["ap.txt"], result.Files);
    }

    [Theory]
    [InlineData("empty.txt", "", "empty file")]
    [InlineData("blank.txt", " \n\t  \r\n   \n", "empty file (only white space)")]
    [InlineData("blank.md", "\n\n\n", "empty file (only white space)")]
    public async Task An_empty_or_blank_file_is_refused_by_name(string name, string content, string reason)
    {
        var path = Folder.Write(name, content);

        (await Cli.ExtractAsync([path])).AssertRefused(path, reason);
    }

    [Fact]
    public async Task A_binary_file_with_nul_bytes_is_refused_by_name()
    {
        var path = Folder.WriteBytes("photo.txt", [0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8]);

        (await Cli.ExtractAsync([path])).AssertRefused(path, "binary file (NUL byte at offset 8), not text");
    }

    [Fact]
    public async Task Invalid_utf8_is_extracted_with_replacement_characters_and_a_warning_naming_file_and_offset()
    {
        var text = Encoding.UTF8.GetBytes(SampleArticles.HarbourAp);
        var offset = Array.IndexOf(text, (byte)'j');
        text[offset] = 0xFF; // "re\xFFects" in the headline
        var path = Folder.WriteBytes("latin1.txt", text);

        var result = await Cli.ExtractAsync([path]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{path}: warning: invalid UTF-8 at byte offset {offset} ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("Harbour council re\uFFFDects dredging plan", result.Article("latin1.txt").GetProperty("title").GetString());
        Assert.NotEmpty(result.Article("latin1.txt").GetProperty("quotes").EnumerateArray());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_naming_the_limit_without_being_read()
    {
        // Were the file read, its NUL bytes would make it "binary"; the size alone must refuse it.
        var path = Folder.WriteBytes("huge.txt", new byte[1_001]);

        var result = await Cli.ExtractAsync([path], maxBytes: 1_000);

        result.AssertRefused(path, "file is 1,001 bytes, over the 1,000-byte limit (--max-size)");
        Assert.DoesNotContain("binary", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_exactly_at_the_size_limit_is_accepted()
    {
        var path = Folder.Write("ap.txt", SampleArticles.HarbourAp);

        var result = await Cli.ExtractAsync([path], maxBytes: new FileInfo(path).Length);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Equal(["ap.txt"], result.Files);
    }

    [Fact]
    public async Task An_html_page_without_story_text_is_refused_by_name()
    {
        var path = Folder.Write("shell.html", "<!doctype html><html><head><title>Loading</title></head><body><nav>Menu</nav><script>boot()</script></body></html>");

        (await Cli.ExtractAsync([path])).AssertRefused(path, "the HTML page holds no story text");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public async Task Nothing_extracted_exits_2_in_either_format(string format)
    {
        var result = await Cli.ExtractAsync([Folder.Write("empty.txt", ""), Folder.PathOf("missing.txt")], format);

        Assert.Equal(2, result.ExitCode);
    }
}
