using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Whether a place or a mention stands inside one of an article's quotes, answered by a binary search over the quotes
/// in the order they open (with the furthest close of those opened so far) rather than by asking every quote: an
/// article of thousands of quotes and names would otherwise take the product of the two.
/// </summary>
internal sealed class QuotedRegions
{
    private readonly Reach<(int Paragraph, int Token)> _across;
    private readonly Dictionary<Paragraph, Reach<int>> _withinParagraph;

    public QuotedRegions(IReadOnlyList<QuoteSpan> spans)
    {
        _across = new Reach<(int, int)>(spans.Select(s => ((s.First.Index, s.OpenToken), (s.Last.Index, s.CloseToken))));
        _withinParagraph = spans.Where(s => s.First == s.Last)
            .GroupBy(s => s.First)
            .ToDictionary(g => g.Key, g => new Reach<int>(g.Select(s => (s.OpenToken, s.CloseToken))));
    }

    /// <summary>Whether a quote opens before that token and closes after it (see <see cref="QuoteSpan.Encloses"/>).</summary>
    public bool Encloses(Paragraph paragraph, int token) => _across.FurthestCloseOpenedBefore((paragraph.Index, token)) is { } close
        && close.CompareTo((paragraph.Index, token)) > 0;

    /// <summary>Whether a quote of the mention's paragraph holds it whole (see <see cref="QuoteSpan.Holds"/>).</summary>
    public bool Holds(Mention mention) => _withinParagraph.TryGetValue(mention.Paragraph, out var reach)
        && reach.FurthestCloseOpenedBefore(mention.FirstToken) is { } close && close >= mention.EndToken;

    /// <summary>Quotes' opening places in order, each with the furthest closing place of it and the quotes opened before it.</summary>
    private sealed class Reach<T>
        where T : struct, IComparable<T>
    {
        private readonly T[] _opens;
        private readonly T[] _furthestClose;

        public Reach(IEnumerable<(T Open, T Close)> quotes)
        {
            var ordered = quotes.OrderBy(q => q.Open).ToArray();
            _opens = Array.ConvertAll(ordered, q => q.Open);
            _furthestClose = new T[ordered.Length];
            for (var i = 0; i < ordered.Length; i++)
            {
                _furthestClose[i] = i > 0 && _furthestClose[i - 1].CompareTo(ordered[i].Close) > 0 ? _furthestClose[i - 1] : ordered[i].Close;
            }
        }

        /// <summary>The furthest close of the quotes that open strictly before <paramref name="place"/>, or null when none does.</summary>
        public T? FurthestCloseOpenedBefore(T place)
        {
            var low = SortedSearch.CountBefore(_opens, open => open.CompareTo(place) < 0);
            return low == 0 ? null : _furthestClose[low - 1];
        }
    }
}
