using NewsGraph.Extraction;

namespace NewsGraph.Graph.Linking;

/// <summary>
/// A run of speech that a paragraph quotes piece by piece: the halves of a split quote (<c>"A," she said. "B."</c>) or
/// a quote taken up again after a few words of the writer's (<c>"A." And then, more quietly: "B."</c>). A quote
/// continues the one before it when the same speaker says both, neither is a fragment, and only a few words of the
/// same paragraph stand between them.
/// </summary>
public static class SplitQuotes
{
    /// <summary>The most characters that may stand between two pieces ("the union's president, X, told Reuters on Monday.").</summary>
    public const int LongestGap = 160;

    /// <summary>For each quote of <paramref name="extraction"/>, the index of the first quote of the run it belongs to.</summary>
    public static int[] Runs(ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var quotes = extraction.Quotes;
        var runs = Enumerable.Range(0, quotes.Count).ToArray();
        var inText = Enumerable.Range(0, quotes.Count).Where(q => quotes[q].Start >= 0).OrderBy(q => quotes[q].Start).ToList();
        for (var k = 1; k < inText.Count; k++)
        {
            var (first, second) = (inText[k - 1], inText[k]);
            if (Continues(extraction.Text, quotes[first], quotes[second]))
            {
                runs[second] = runs[first];
            }
        }

        return runs;
    }

    private static bool Continues(string text, Quote first, Quote second)
    {
        var end = first.Start + first.Text.Length;
        if (first.Speaker is null || first.Speaker != second.Speaker || first.Form == QuoteForm.Fragment
            || second.Form == QuoteForm.Fragment || end > second.Start || second.Start - end > LongestGap || second.Start > text.Length)
        {
            return false;
        }

        var between = text.AsSpan(end, second.Start - end);
        return !between.Contains("\n\n", StringComparison.Ordinal) && !between.Contains("\n\r\n", StringComparison.Ordinal);
    }
}
