using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// The quotes of an article that have a speaker, found by the words they hold: a quote nobody is said to have said is
/// the words of the first of them that holds its words (or of a heading's quote its words hold), and an article of
/// thousands of such quotes would otherwise read every quote for each. Only the quotes holding its rarest word, and
/// the headings' quotes, are read, in the article's order.
/// </summary>
internal sealed class SpokenQuotes
{
    private readonly List<(QuoteSpan Span, SpeakerRef Speaker, string Words)> _quotes = [];
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly List<int> _headings = [];

    /// <param name="quotes">The article's quotes in order, with their attributions.</param>
    public SpokenQuotes(IEnumerable<(QuoteSpan Span, Attribution Attribution)> quotes)
    {
        foreach (var (span, attribution) in quotes)
        {
            if (attribution.Speaker is not { } speaker)
            {
                continue;
            }

            var words = Linking(span.Text);
            foreach (var word in WordsOf(words).Distinct(StringComparer.Ordinal))
            {
                if (!_byWord.TryGetValue(word, out var holding))
                {
                    _byWord[word] = holding = [];
                }

                holding.Add(_quotes.Count);
            }

            if (span.First.Kind is ParagraphKind.Heading or ParagraphKind.Title)
            {
                _headings.Add(_quotes.Count);
            }

            _quotes.Add((span, speaker, words));
        }
    }

    /// <summary>
    /// The speaker of the first quote other than <paramref name="span"/> whose words hold its words, or, for a heading's
    /// quote, are held by them; null when none. Of a quote and one nested in it that both hold the words, the nested
    /// one's: "He said to me, ‘Pay first,’" gives a headline "Pay first" to whoever the witness quotes.
    /// </summary>
    public SpeakerRef? SpeakerOf(QuoteSpan span)
    {
        var words = Linking(span.Text);
        var rarest = WordsOf(words).Select(w => _byWord.GetValueOrDefault(w) ?? []).MinBy(h => h.Count) ?? [];
        (QuoteSpan Span, SpeakerRef Speaker)? holder = null;
        foreach (var index in Merged(rarest, _headings))
        {
            var (other, speaker, otherWords) = _quotes[index];
            if (holder is { } outer && !outer.Span.Encloses(other.First, other.OpenToken))
            {
                break;
            }

            if (other != span && (otherWords.Contains(words, StringComparison.Ordinal)
                || (other.First.Kind is ParagraphKind.Heading or ParagraphKind.Title && words.Contains(otherWords, StringComparison.Ordinal))))
            {
                holder = (other, speaker);
            }
        }

        return holder?.Speaker;
    }

    /// <summary>Words only, lower case, single spaces: how a headline's quote is found in the story's.</summary>
    private static string Linking(string text) =>
        " " + string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant()).Where(w => w.Length > 0)) + " ";

    /// <summary>The words of a <see cref="Linking"/> text; a text of none is held only by another of none, listed under "".</summary>
    private static string[] WordsOf(string linking) =>
        linking.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words : [""];

    /// <summary>Two ascending lists of indexes as one, each index once.</summary>
    private static IEnumerable<int> Merged(List<int> first, List<int> second)
    {
        var (i, j) = (0, 0);
        while (i < first.Count || j < second.Count)
        {
            var next = j == second.Count || (i < first.Count && first[i] <= second[j]) ? first[i] : second[j];
            i += i < first.Count && first[i] == next ? 1 : 0;
            j += j < second.Count && second[j] == next ? 1 : 0;
            yield return next;
        }
    }
}
