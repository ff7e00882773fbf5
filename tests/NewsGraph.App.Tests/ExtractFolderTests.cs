using NewsGraph.App.Tests.Support;

namespace NewsGraph.App.Tests;

/// <summary><c>extract</c> on folders: read recursively, article files only, in an order that does not depend on the disk.</summary>
public sealed class ExtractFolderTests : TempFolderTests
{
    [Fact]
    public async Task A_folder_of_good_and_bad_files_reports_the_good_ones_and_exits_0()
    {
        Folder.Write("ap.txt", SampleArticles.HarbourAp);
        Folder.Write("quay.md", SampleArticles.QuayMarkdown);
        var empty = Folder.Write("empty.txt", "");
        var blank = Folder.Write("blank.txt", "  \n \n");
        var binary = Folder.WriteBytes("binary.txt", [.. "GIF89a"u8, 0x00, 0x01]);
        var tooBig = Folder.Write("zz-long.txt", SampleArticles.HarbourAp + new string('x', 5_000));

        var result = await Cli.ExtractAsync([Folder.Root], maxBytes: 4_096);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["ap.txt", "quay.md"], result.Files);
        Assert.All([empty, blank, binary, tooBig], path => Assert.Contains(path + ": ", result.Stderr, StringComparison.Ordinal));
        Assert.Equal(4, result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_folder_is_read_recursively_for_text_markdown_and_html_only()
    {
        Folder.Write("a.txt", SampleArticles.HarbourAp);
        Folder.Write("sub/b.md", SampleArticles.QuayMarkdown);
        Folder.Write("sub/deeper/c.html", SampleArticles.HarbourMasterHtml);
        Folder.Write("sub/deeper/d.htm", SampleArticles.HarbourMasterHtml);
        Folder.Write("sub/e.markdown", SampleArticles.QuayMarkdown);
        Folder.Write("F.TXT", SampleArticles.HarbourReuters);
        Folder.Write("notes.json", """{ "title": "not an article" }""");
        Folder.Write("sub/gold.json", "[]");
        Folder.WriteBytes("sub/deeper/photo.png", [0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]);
        Folder.Write("readme", "Not an article: no extension.");

        var result = await Cli.ExtractAsync([Folder.Root]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Equal(["F.TXT", "a.txt", "b.md", "c.html", "d.htm", "e.markdown"], result.Files);
    }

    [Fact]
    public async Task A_file_named_directly_is_read_whatever_its_extension()
    {
        var path = Folder.Write("story.text", SampleArticles.HarbourAp);

        var result = await Cli.ExtractAsync([path]);

        Assert.Equal(["story.text"], result.Files);
    }

    [Fact]
    public async Task The_output_does_not_depend_on_the_order_the_files_were_created_in()
    {
        (string Path, string Text)[] files =
        [
            ("b/reuters.txt", SampleArticles.HarbourReuters),
            ("a/ap.txt", SampleArticles.HarbourAp),
            ("quay.md", SampleArticles.QuayMarkdown),
            ("a/master.html", SampleArticles.HarbourMasterHtml),
        ];
        using var reversed = new TempFolder();
        foreach (var (path, text) in files)
        {
            Folder.Write(path, text);
        }

        foreach (var (path, text) in files.Reverse())
        {
            reversed.Write(path, text);
        }

        var first = await Cli.ExtractAsync([Folder.Root]);
        var second = await Cli.ExtractAsync([reversed.Root]);

        Assert.Equal(["ap.txt", "master.html", "reuters.txt", "quay.md"], first.Files);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(first.Stdout, (await Cli.ExtractAsync([Folder.Root])).Stdout);
    }

    [Fact]
    public async Task Paths_are_reported_in_the_order_given()
    {
        var result = await Cli.ExtractAsync([Folder.Write("z.txt", SampleArticles.HarbourAp), Folder.Write("a.txt", SampleArticles.HarbourReuters)]);

        Assert.Equal(["z.txt", "a.txt"], result.Files);
    }

    [Fact]
    public async Task Articles_of_one_file_name_in_different_folders_are_all_extracted_and_linked()
    {
        Folder.Write("ap/story.txt", SampleArticles.HarbourAp);
        Folder.Write("reuters/story.txt", SampleArticles.HarbourReuters);

        var result = await Cli.ExtractAsync([Folder.Root]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["story.txt", "story.txt"], result.Files);
        var articles = result.Report.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(["Associated Press", "Reuters"], articles.Select(a => a.GetProperty("outlet").GetString()));
        var shared = articles[1].GetProperty("quotes")[0].GetProperty("statement").GetString()!;
        Assert.Equal(articles[0].GetProperty("quotes")[0].GetProperty("statement").GetString(), shared);
        Assert.Equal(2, result.Statement(shared).GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public async Task A_file_named_both_directly_and_through_its_folder_is_read_once()
    {
        var path = Folder.Write("ap.txt", SampleArticles.HarbourAp);

        var result = await Cli.ExtractAsync([Folder.Root, path, Path.Combine(Folder.Root, ".", "ap.txt")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["ap.txt"], result.Files);
    }

    [Fact]
    public async Task A_folder_without_article_files_exits_2()
    {
        Folder.Write("data/notes.json", "{}");

        var result = await Cli.ExtractAsync([Folder.Root]);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Files);
    }
}
