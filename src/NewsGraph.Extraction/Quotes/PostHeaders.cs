using System.Text.RegularExpressions;
using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// The line that opens a forum post or a comment with its author's handle ("u/ana_ruiz_lab · 402 points", "Posted by
/// u/ana_ruiz_lab"): what follows is the author's post, in the author's voice, and the handle names the article's person
/// whose name it spells ("ana_ruiz", "ruiz_ana", "ana_r_lab").
/// </summary>
internal static partial class PostHeaders
{
    /// <summary>The person of <paramref name="people"/> whose post the line opens, or null when it opens none or the handle names no one.</summary>
    public static string? AuthorOf(Paragraph paragraph, IEnumerable<string> people)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var header = Header().Match(paragraph.Text);
        if (!header.Success)
        {
            return null;
        }

        var parts = header.Groups["handle"].Value.ToLowerInvariant().Split(['_', '-', '.'], StringSplitOptions.RemoveEmptyEntries);
        var authors = people.Where(p => Spells(parts, EntityNames.Words(p))).Take(2).ToList();
        return authors.Count == 1 ? authors[0] : null;
    }

    // Two words of the name in the handle, one of them perhaps by its initial ("ana_r" for Ana Ruiz).
    private static bool Spells(string[] parts, string[] name) =>
        name.Length >= 2
        && name.Count(w => parts.Contains(w)) is var whole and >= 1
        && whole + name.Count(w => !parts.Contains(w) && parts.Contains(w[..1])) >= 2;

    [GeneratedRegex(@"^(?:Posted by\s+|Comment by\s+)?u/(?<handle>[\p{L}\p{N}_.-]+)(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Header();
}
