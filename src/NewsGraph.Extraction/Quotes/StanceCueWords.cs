using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Whether a stretch of a paragraph holds a word that opens a stance cue (<see cref="StanceDetector.CueWord"/>),
/// answered by a binary search over where those words stand in the paragraph, found once: the frame of each quote in a
/// sentence of thousands of quotes is that whole sentence, and reading it for every quote takes the square of its length.
/// A text whose stretches hold no such word matches no cue, so its frame need not be read.
/// </summary>
internal sealed class StanceCueWords
{
    /// <summary>Longer than any cue word, so that one at the very start of a stretch is seen there.</summary>
    private const int StartWindow = 16;

    private readonly Dictionary<Paragraph, int[]> _starts = [];

    /// <summary>Whether the paragraph's text holds a cue word.</summary>
    public bool InText(Paragraph paragraph) => Starts(paragraph).Length > 0;

    /// <summary>Whether tokens <paramref name="firstToken"/>..<paramref name="endToken"/> (as <see cref="Paragraph.Slice"/> gives them) may hold a cue word.</summary>
    public bool InTokens(Paragraph paragraph, int firstToken, int endToken)
    {
        if (endToken <= firstToken)
        {
            return false;
        }

        var (start, end) = (paragraph.Tokens[firstToken].Start, paragraph.Tokens[endToken - 1].End);
        var starts = Starts(paragraph);
        var inside = SortedSearch.CountBefore(starts, s => s < start);

        // A word opening the stretch starts a word in the frame, whatever stands before it in the paragraph.
        return (inside < starts.Length && starts[inside] < end)
            || StanceDetector.CueWord().IsMatch(paragraph.Text.AsSpan(start, Math.Min(end - start, StartWindow)));
    }

    private int[] Starts(Paragraph paragraph)
    {
        if (!_starts.TryGetValue(paragraph, out var starts))
        {
            _starts[paragraph] = starts = [.. StanceDetector.CueWord().Matches(paragraph.Text).Select(m => m.Index)];
        }

        return starts;
    }
}
