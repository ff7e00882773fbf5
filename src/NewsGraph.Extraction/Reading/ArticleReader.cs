using System.Security.Cryptography;
using System.Text;

namespace NewsGraph.Extraction;

/// <summary>Turns the bytes of an article file, or submitted text, into an <see cref="ArticleInput"/>.</summary>
public static class ArticleReader
{
    /// <summary>Decodes and reads an article file; the format comes from the file's extension, else from its content.</summary>
    /// <exception cref="ArticleRejectedException">The file is empty, blank or binary.</exception>
    public static ArticleInput Read(string source, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(source);
        var decoded = TextDecoder.Decode(bytes);
        var input = FromText(source, decoded.Text, FormatOf(source, decoded.Text), ArticleHints.None);
        return input with { Warnings = decoded.Warnings };
    }

    /// <summary>Reads submitted text in a known format, with the metadata submitted beside it.</summary>
    /// <exception cref="ArticleRejectedException">The text is blank, or holds no story text.</exception>
    public static ArticleInput FromText(string source, string text, ArticleFormat format, ArticleHints hints)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hints);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleRejectedException("empty text");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArticleRejectedException("binary content (NUL character), not text");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));
        return format switch
        {
            ArticleFormat.Html => HtmlArticleParser.Parse(source, text, hash, hints),
            ArticleFormat.Markdown => MarkdownArticleParser.Parse(source, text, hash, hints),
            _ => new ArticleInput(source, text, hash) { Hints = hints },
        };
    }

    /// <summary>The format a file's name (or, without a telling extension, its first characters) shows.</summary>
    public static ArticleFormat FormatOf(string source, string text)
    {
        var extension = Path.GetExtension(source).ToLowerInvariant();
        if (extension is ".html" or ".htm" or ".xhtml")
        {
            return ArticleFormat.Html;
        }

        if (extension is ".md" or ".markdown")
        {
            return ArticleFormat.Markdown;
        }

        var start = text.TrimStart().AsSpan(0, Math.Min(text.TrimStart().Length, 64));
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? ArticleFormat.Html
            : ArticleFormat.PlainText;
    }
}
