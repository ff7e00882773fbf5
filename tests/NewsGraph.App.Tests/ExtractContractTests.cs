using System.Text.Json;
using NewsGraph.App.Tests.Support;

namespace NewsGraph.App.Tests;

/// <summary>What <c>extract</c> reports: the JSON contract, statements linked across articles, and the text summary.</summary>
public sealed class ExtractContractTests : TempFolderTests
{
    [Fact]
    public async Task The_json_report_follows_the_extraction_contract()
    {
        WriteSamples();

        var result = await Cli.ExtractAsync([Folder.Root]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["ap.txt", "master.html", "quay.md", "reuters.txt"], result.Files);
        var reuters = result.Article("reuters.txt");
        Assert.Equal("Council turns down channel dredging", reuters.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, reuters.GetProperty("publishedAt").ValueKind);
        var master = result.Article("master.html");
        Assert.Equal("Solent Gazette", master.GetProperty("outlet").GetString());
        Assert.Equal("Harbour master retires", master.GetProperty("title").GetString());
        var person = Assert.Single(master.GetProperty("people").EnumerateArray());
        Assert.Equal("Tunde Okafor", person.GetProperty("name").GetString());
        Assert.Equal("2024-05-04", result.Article("quay.md").GetProperty("publishedAt").GetString());
        Assert.Contains(result.Article("quay.md").GetProperty("places").EnumerateArray(), p => p.GetProperty("name").GetString() == "Portsmouth");
    }

    [Fact]
    public async Task Every_quote_names_its_speaker_and_a_statement_that_lists_its_article()
    {
        WriteSamples();

        var result = await Cli.ExtractAsync([Folder.Root]);

        var quotes = result.Report.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("quotes").EnumerateArray().Select(q => (File: a.GetProperty("file").GetString()!, Quote: q)))
            .ToList();
        Assert.Equal(5, quotes.Count);
        Assert.All(quotes, q =>
        {
            Assert.NotNull(q.Quote.GetProperty("speaker").GetString());
            var statement = result.Statement(q.Quote.GetProperty("statement").GetString()!);
            Assert.Contains(q.File, statement.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        });
    }

    [Fact]
    public async Task One_statement_quoted_with_a_word_swapped_by_two_outlets_gets_one_id()
    {
        var result = await Cli.ExtractAsync([Folder.Write("ap.txt", SampleArticles.HarbourAp), Folder.Write("reuters.txt", SampleArticles.HarbourReuters)]);

        var ap = result.Article("ap.txt");
        var reuters = result.Article("reuters.txt");
        Assert.Equal("Associated Press", ap.GetProperty("outlet").GetString());
        Assert.Equal("Reuters", reuters.GetProperty("outlet").GetString());
        var apQuote = ap.GetProperty("quotes")[0];
        var reutersQuote = Assert.Single(reuters.GetProperty("quotes").EnumerateArray());
        Assert.Contains("public money", apQuote.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("taxpayers' money", reutersQuote.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.All([apQuote, reutersQuote], q => Assert.Equal(SampleArticles.Speaker, q.GetProperty("speaker").GetString()));

        var id = apQuote.GetProperty("statement").GetString()!;
        Assert.Equal(id, reutersQuote.GetProperty("statement").GetString());
        var statement = result.Statement(id);
        Assert.Equal(SampleArticles.Speaker, statement.GetProperty("speaker").GetString());
        Assert.Equal(["ap.txt", "reuters.txt"], statement.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Two_different_statements_of_one_speaker_get_different_ids()
    {
        var result = await Cli.ExtractAsync([Folder.Write("ap.txt", SampleArticles.HarbourAp)]);

        var quotes = result.Article("ap.txt").GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(SampleArticles.Speaker, q.GetProperty("speaker").GetString()));
        var ids = quotes.Select(q => q.GetProperty("statement").GetString()).ToList();
        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal(ids, result.Report.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_quote_repeated_in_a_third_article_from_markdown_joins_the_same_statement()
    {
        var result = await Cli.ExtractAsync([Folder.Write("ap.txt", SampleArticles.HarbourAp), Folder.Write("quay.md", SampleArticles.QuayMarkdown)]);

        var quay = result.Article("ap.txt").GetProperty("quotes")[1].GetProperty("statement").GetString()!;
        Assert.Equal(quay, result.Article("quay.md").GetProperty("quotes")[0].GetProperty("statement").GetString());
        Assert.Equal("The fishing fleet deserves a proper quay before anything else.", result.Statement(quay).GetProperty("canonical").GetString());
    }

    [Fact]
    public async Task The_text_format_is_a_readable_summary()
    {
        var result = await Cli.ExtractAsync([Folder.Write("ap.txt", SampleArticles.HarbourAp), Folder.Write("reuters.txt", SampleArticles.HarbourReuters)], "text");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("{", result.Stdout, StringComparison.Ordinal);
        var lines = result.Stdout.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains("== ap.txt", lines);
        Assert.Contains("   title:     Harbour council rejects dredging plan", lines);
        Assert.Contains(lines, l => l.StartsWith("   outlet:    Associated Press    published: 2024-05-02    words: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   outlet:    Reuters    published: -    words: ", StringComparison.Ordinal));
        Assert.Contains("   - Henrietta Calloway: \u201CThe fishing fleet deserves a proper quay before anything else.\u201D", lines);
        Assert.Contains("== 1 statements relayed by more than one article", lines);
        Assert.Contains("      relayed by ap.txt, reuters.txt", lines);
    }

    [Fact]
    public async Task The_test_corpus_extracts_to_a_report_that_follows_the_contract()
    {
        var corpus = Path.Combine(Repository.Root, "tests", "NewsGraph.Extraction.Tests", "Articles");
        var gold = JsonSerializer.Deserialize<JsonElement>(await File.ReadAllTextAsync(Path.Combine(corpus, "gold.json")));

        var result = await Cli.ExtractAsync([corpus]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        var files = result.Files;
        Assert.All(gold.GetProperty("articles").EnumerateArray(), a => Assert.Contains(a.GetProperty("file").GetString(), files));
        Assert.Contains(result.Report.GetProperty("statements").EnumerateArray(), s => s.GetProperty("articles").GetArrayLength() > 2);
    }
}
