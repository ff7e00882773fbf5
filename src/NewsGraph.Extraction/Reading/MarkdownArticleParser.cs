using System.Text;
using System.Text.RegularExpressions;

namespace NewsGraph.Extraction;

/// <summary>
/// Reduces Markdown to plain paragraphs: the first level-one heading is the title, other headings stay as lines,
/// emphasis, inline code, links and list markers give way to their text, images and rules are dropped.
/// </summary>
internal static partial class MarkdownArticleParser
{
    public static ArticleInput Parse(string source, string markdown, string hash, ArticleHints hints)
    {
        string? title = null;
        var text = new StringBuilder();
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (HorizontalRule().IsMatch(line))
            {
                text.Append('\n');
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                line = heading.Groups["text"].Value;
                if (title is null && heading.Groups["level"].Value.Length == 1)
                {
                    title = Inline(line);
                }
            }

            line = ListMarker().Replace(Quote().Replace(line, ""), "");
            text.Append(Inline(line)).Append('\n');
        }

        return new ArticleInput(source, text.ToString(), hash) { Hints = hints.Or(new ArticleHints(Title: title)) };
    }

    private static string Inline(string line)
    {
        line = Image().Replace(line, "");
        line = Link().Replace(line, "${text}");
        line = Emphasis().Replace(line, "${text}");
        return Code().Replace(line, "${text}").Trim();
    }

    [GeneratedRegex(@"^(?<level>#{1,6})\s+(?<text>.*?)\s*#*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[-*_]\s*){3,}$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^(?:>\s?)+")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    // An underscore inside a word ("u/ana_ruiz_lab", "snake_case") is part of it, never emphasis, as CommonMark has it.
    [GeneratedRegex(@"(?<mark>\*\*|\*)(?<text>[^*\s](?:[^*]*[^*\s])?)\k<mark>|(?<![\p{L}\p{N}])(?<mark>__|_)(?<text>[^_\s](?:[^_]*[^_\s])?)\k<mark>(?![\p{L}\p{N}])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`(?<text>[^`]+)`")]
    private static partial Regex Code();
}
