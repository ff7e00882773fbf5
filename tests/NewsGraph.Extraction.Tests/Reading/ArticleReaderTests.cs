using System.Text;

namespace NewsGraph.Extraction.Tests.Reading;

public class ArticleReaderTests
{
    private const string Page = """
        <!doctype html>
        <html><head>
          <title>Dockworkers shut ports | Harbour Courier</title>
          <meta property="og:site_name" content="Harbour Courier">
          <meta property="article:published_time" content="2025-03-04T10:00:00Z">
          <link rel="canonical" href="https://example.com/ports">
          <script>var tracking = "“not a quote,” said nobody";</script>
        </head><body>
          <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
          <article>
            <h1>Dockworkers shut ports</h1>
            <p>Workers walked out on Monday.</p>
            <figure><img src="a.jpg"><figcaption>Workers gather in Apapa. Jane Doe/Reuters</figcaption></figure>
            <p>“We will not go back,” union leader Tunde Bakare said.</p>
            <aside>Related stories: Strike spreads</aside>
          </article>
          <footer>© 2025 Harbour Courier</footer>
        </body></html>
        """;

    [Fact]
    public void Reads_the_story_and_metadata_of_an_html_page()
    {
        var input = ArticleReader.Read("ports.html", Encoding.UTF8.GetBytes(Page));
        var article = new ArticleExtractor().Extract(input);

        Assert.Equal("Dockworkers shut ports", article.Metadata.Title);
        Assert.Equal("Harbour Courier", article.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 4), article.Metadata.PublishedAt);
        Assert.Equal("https://example.com/ports", article.Metadata.Url);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Tunde Bakare", quote.Speaker?.Name);
        Assert.DoesNotContain("Related stories", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_footer_gives_its_copyright_line_without_its_links()
    {
        const string Footed = """
            <html><body>
              <article><h1>Dockworkers shut ports</h1><p>Workers walked out on Monday.</p></article>
              <footer><p>© 2025 Harbour Courier, a division of Tideway Media Group. All rights reserved.</p><p><a href="/about">Contact Brightwater Desk</a></p></footer>
            </body></html>
            """;
        var article = new ArticleExtractor().Extract(ArticleReader.Read("ports.html", Encoding.UTF8.GetBytes(Footed)));

        Assert.Contains(article.Organizations, o => o.Name == "Tideway Media Group");
        Assert.DoesNotContain(article.Organizations, o => o.Name.Contains("Brightwater", StringComparison.Ordinal));
        Assert.DoesNotContain("Tideway", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognises_html_by_its_content_when_the_name_does_not_say()
    {
        Assert.Equal(ArticleFormat.Html, ArticleReader.FormatOf("article", "  <!DOCTYPE html><html></html>"));
        Assert.Equal(ArticleFormat.PlainText, ArticleReader.FormatOf("article", "Plain words."));
    }

    [Fact]
    public void Refuses_a_page_without_story_text()
    {
        Assert.Throws<ArticleRejectedException>(() => ArticleReader.Read("empty.html", "<html><body><nav>Home</nav></body></html>"u8));
    }

    [Fact]
    public void Reduces_markdown_to_its_text_with_the_first_heading_as_title()
    {
        const string Markdown = """
            # Levy hits resistance

            *Agri Briefing* · Published March 5, 2025

            - Minister **Pieter van der Berg** said the plan was "dead on arrival", see [the statement](https://example.com).
            ![chart](chart.png)
            """;

        var input = ArticleReader.Read("briefing.md", Encoding.UTF8.GetBytes(Markdown));
        var article = new ArticleExtractor().Extract(input);

        Assert.Equal("Levy hits resistance", article.Metadata.Title);
        Assert.Equal(new DateOnly(2025, 3, 5), article.Metadata.PublishedAt);
        Assert.Contains("Minister Pieter van der Berg said the plan was \"dead on arrival\", see the statement.", input.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("chart.png", input.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> **u/ana_ruiz_lab** · 402 points", "u/ana_ruiz_lab · 402 points")]
    [InlineData("The column is called snake_case_name in the file, and _this_ is stressed.", "The column is called snake_case_name in the file, and this is stressed.")]
    public void Keeps_an_underscore_inside_a_word_of_markdown_and_drops_only_emphasis_marks(string markdown, string text)
    {
        var input = ArticleReader.Read("post.md", Encoding.UTF8.GetBytes($"# Forum\n\n{markdown}\n"));

        Assert.Contains(text, input.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Identifies_an_article_by_a_hash_of_its_text()
    {
        var a = ArticleReader.Read("a.txt", "Same text.\r\n"u8);
        var b = ArticleReader.Read("b.txt", "Same text.\n"u8);
        var c = ArticleReader.Read("c.txt", "Other text.\n"u8);

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", a.ContentHash);
    }
}
