using System.Globalization;
using System.Text;
using NewsGraph.Extraction;

namespace NewsGraph.Corpus.Tests;

/// <summary>
/// How many generated quotes the extractor finds (an extracted quote whose text overlaps the generated span) and
/// how many of those it gives the generated speaker, overall and by attribution style.
/// </summary>
internal sealed class SpeakerRecovery
{
    private readonly Dictionary<QuoteStyle, (int Total, int Found, int Right)> _byStyle = [];
    private readonly List<string> _misses = [];

    public int Total { get; private set; }

    public int Found { get; private set; }

    public int Right { get; private set; }

    public double SpeakerRate => Total == 0 ? 0 : (double)Right / Total;

    public IReadOnlyList<string> Misses => _misses;

    public static SpeakerRecovery Measure(IEnumerable<GeneratedArticle> articles)
    {
        var extractor = new ArticleExtractor();
        var recovery = new SpeakerRecovery();
        foreach (var article in articles)
        {
            var extraction = extractor.Extract(ArticleReader.Read(article.FileName, Encoding.UTF8.GetBytes(article.Text)));
            foreach (var quote in article.Quotes)
            {
                var match = extraction.Quotes.FirstOrDefault(q => Overlaps(q.Text, quote.Text));
                var right = match?.Speaker?.Name == quote.Speaker;
                recovery.Add(quote.Style, match is not null, right);
                if (!right)
                {
                    recovery._misses.Add($"{article.FileName} [{quote.Style}] want {quote.Speaker}, got {match?.Speaker?.Display ?? (match is null ? "no quote" : "no speaker")}: {quote.Text}");
                }
            }
        }

        return recovery;
    }

    public string Report()
    {
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"speakers right for {Right} of {Total} generated quotes ({SpeakerRate:P1}); quotes found {Found} ({(double)Found / Math.Max(1, Total):P1})\n");
        foreach (var (style, (total, found, right)) in _byStyle.OrderBy(s => s.Key))
        {
            report.Append(CultureInfo.InvariantCulture, $"  {style}: {right}/{total} right, {found} found\n");
        }

        foreach (var miss in _misses.Take(40))
        {
            report.Append("  miss: ").Append(miss).Append('\n');
        }

        return report.ToString();
    }

    private void Add(QuoteStyle style, bool found, bool right)
    {
        Total++;
        Found += found ? 1 : 0;
        Right += right ? 1 : 0;
        var (t, f, r) = _byStyle.GetValueOrDefault(style);
        _byStyle[style] = (t + 1, f + (found ? 1 : 0), r + (right ? 1 : 0));
    }

    /// <summary>The two spans share a run of text: one holds the other once trailing punctuation is set aside.</summary>
    private static bool Overlaps(string extracted, string generated)
    {
        var a = extracted.Trim().TrimEnd(',', '.', ';', ':');
        var b = generated.Trim().TrimEnd(',', '.', ';', ':');
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }
}
