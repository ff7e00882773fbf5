using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction;

/// <summary>
/// Reads an HTML page with AngleSharp: the story from its <c>article</c> (or <c>main</c>, or <c>body</c>) without
/// navigation, headers, footers, asides and scripts, one line per block; title, outlet, date and URL from the
/// page's metadata (Open Graph, JSON-LD, <c>time</c>, canonical link).
/// </summary>
internal static partial class HtmlArticleParser
{
    private const string BlockSelector = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td";
    private const string DroppedSelector = "script, style, noscript, template, nav, footer, aside, form, button, iframe, svg, select, [role=navigation], [aria-hidden=true]";

    public static ArticleInput Parse(string source, string html, string hash, ArticleHints hints)
    {
        var document = new HtmlParser().ParseDocument(html);
        var pageHints = new ArticleHints(Title(document), Outlet(document), PublishedAt(document), Url(document));
        var notices = document.QuerySelectorAll("footer").SelectMany(CopyrightLines).ToList();
        var container = document.QuerySelector("article") ?? document.QuerySelector("main, [role=main]") ?? document.Body;
        var text = new StringBuilder();
        if (container is not null)
        {
            foreach (var dropped in container.QuerySelectorAll(DroppedSelector).ToList())
            {
                dropped.Remove();
            }

            foreach (var header in container.QuerySelectorAll("header").Where(h => h.Closest("article") is null).ToList())
            {
                header.Remove();
            }

            foreach (var block in container.QuerySelectorAll(BlockSelector))
            {
                if (block.QuerySelector(BlockSelector) is not null)
                {
                    continue;
                }

                var line = Normalize(block.TextContent);
                if (line.Length > 0)
                {
                    text.Append(line).Append("\n\n");
                }
            }
        }

        if (text.Length == 0)
        {
            throw new ArticleRejectedException("the HTML page holds no story text");
        }

        foreach (var notice in notices)
        {
            text.Append(notice).Append("\n\n");
        }

        return new ArticleInput(source, text.ToString(), hash) { Hints = hints.Or(pageHints) };
    }

    /// <summary>
    /// A footer's copyright line, its links left out: no story, but it names the publisher, often a company the story
    /// never names ("© 2026 Harbour Courier, a division of Tideway Media Group").
    /// </summary>
    private static IEnumerable<string> CopyrightLines(IElement footer)
    {
        var blocks = footer.QuerySelectorAll("p").ToList();
        foreach (var block in blocks.Count > 0 ? blocks : [footer])
        {
            var line = Normalize(string.Concat(block.ChildNodes.Where(n => n is not IElement { LocalName: "a" or "nav" or "ul" }).Select(n => n.TextContent)));
            if (CopyrightMark().IsMatch(line))
            {
                yield return line;
            }
        }
    }

    private static string? Title(IDocument document)
    {
        var heading = document.QuerySelector("article h1") ?? document.QuerySelector("h1");
        var title = heading is not null ? Normalize(heading.TextContent) : Meta(document, "og:title") ?? Normalize(document.Title ?? "");
        return string.IsNullOrEmpty(title) ? null : title;
    }

    private static string? Outlet(IDocument document) =>
        Meta(document, "og:site_name") ?? JsonLd(document, "publisher", "name") ?? Meta(document, "application-name");

    private static DateOnly? PublishedAt(IDocument document)
    {
        var value = Meta(document, "article:published_time") ?? Meta(document, "datePublished") ?? Meta(document, "pubdate")
            ?? Meta(document, "date") ?? JsonLd(document, "datePublished", null)
            ?? document.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime");
        return value is null ? null : DateParser.Find(value);
    }

    private static string? Url(IDocument document) =>
        document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                var content = Normalize(meta.GetAttribute("content") ?? "");
                return content.Length == 0 ? null : content;
            }
        }

        return null;
    }

    private static string? JsonLd(IDocument document, string property, string? nested)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                var root = json.RootElement.ValueKind == JsonValueKind.Array && json.RootElement.GetArrayLength() > 0 ? json.RootElement[0] : json.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(property, out var value))
                {
                    var target = nested is not null && value.ValueKind == JsonValueKind.Object && value.TryGetProperty(nested, out var inner) ? inner : value;
                    if (target.ValueKind == JsonValueKind.String)
                    {
                        return target.GetString();
                    }
                }
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is its problem; the other metadata still counts.
            }
        }

        return null;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?:\u00A9|\(c\)|Copyright\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightMark();
}
