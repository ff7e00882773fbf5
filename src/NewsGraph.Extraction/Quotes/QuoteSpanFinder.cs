using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Pairs quotation marks in the story paragraphs. Double marks are primary unless the article uses none (British
/// style, single marks primary); marks of the other style are nested quotes and stay inside the text. A quote left
/// open at the end of a paragraph runs on when the next paragraph opens with a mark, and stops there otherwise.
/// </summary>
internal static class QuoteSpanFinder
{
    public static List<QuoteSpan> Find(IReadOnlyList<Paragraph> body)
    {
        var primaryIsDouble = CountOpening(body, Characters.IsDoubleQuote) >= CountOpening(body, Characters.IsSingleQuote);
        var spans = new List<QuoteSpan>();
        (Paragraph Paragraph, int Token)? open = null;
        var pieces = new List<string>();

        for (var p = 0; p < body.Count; p++)
        {
            var paragraph = body[p];
            var tokens = paragraph.Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                if (!IsPrimaryMark(tokens[t], primaryIsDouble) || IsStraightInsideCurly(open, tokens[t]))
                {
                    continue;
                }

                if (open is null)
                {
                    open = (paragraph, t);
                }
                else if (open.Value.Paragraph != paragraph && t == 0 && Opens(paragraph.Text, tokens[t]))
                {
                    continue;
                }
                else if (Closes(paragraph.Text, tokens[t]) || !Opens(paragraph.Text, tokens[t]))
                {
                    pieces.Add(Between(paragraph, open.Value.Paragraph == paragraph ? open.Value.Token : -1, t));
                    spans.Add(new QuoteSpan(open.Value.Paragraph, open.Value.Token, paragraph, t, Join(pieces)));
                    pieces.Clear();
                    open = null;
                }
                else
                {
                    // An opening mark while a quote is open: the earlier mark was never closed.
                    pieces.Add(Between(paragraph, open.Value.Paragraph == paragraph ? open.Value.Token : -1, t));
                    spans.Add(new QuoteSpan(open.Value.Paragraph, open.Value.Token, paragraph, t, Join(pieces)));
                    pieces.Clear();
                    open = (paragraph, t);
                }
            }

            if (open is not null)
            {
                pieces.Add(Between(paragraph, open.Value.Paragraph == paragraph ? open.Value.Token : -1, tokens.Count));
                var next = p + 1 < body.Count ? body[p + 1] : null;
                var runsOn = next is not null && next.Tokens.Count > 0 && IsPrimaryMark(next.Tokens[0], primaryIsDouble) && Opens(next.Text, next.Tokens[0]);
                if (!runsOn)
                {
                    spans.Add(new QuoteSpan(open.Value.Paragraph, open.Value.Token, paragraph, tokens.Count, Join(pieces)));
                    pieces.Clear();
                    open = null;
                }
            }
        }

        if (primaryIsDouble)
        {
            spans.AddRange(body.SelectMany(paragraph => IntroducedInSingleMarks(paragraph, spans)));
        }

        return spans.Where(s => s.Text.Length > 0).ToList();
    }

    /// <summary>
    /// "X wrote: 'We have fed this street for forty years.'": in an article quoting with double marks, a passage in
    /// single marks after a colon that opens on a capital and closes after the end of a sentence is a quote too. Single
    /// marks elsewhere there are apostrophes, scare quotes or nested quotes.
    /// </summary>
    private static IEnumerable<QuoteSpan> IntroducedInSingleMarks(Paragraph paragraph, List<QuoteSpan> primary)
    {
        var tokens = paragraph.Tokens;
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            if (tokens[t - 1].Value != ":" || !IsPrimaryMark(tokens[t], primaryIsDouble: false) || !Opens(paragraph.Text, tokens[t])
                || !tokens[t + 1].IsCapitalized || primary.Any(s => s.Encloses(paragraph, t)))
            {
                continue;
            }

            for (var c = t + 2; c < tokens.Count; c++)
            {
                if (IsPrimaryMark(tokens[c], primaryIsDouble: false) && Closes(paragraph.Text, tokens[c]) && paragraph.Text[tokens[c].Start - 1] is '.' or '!' or '?')
                {
                    yield return new QuoteSpan(paragraph, t, paragraph, c, Between(paragraph, t, c));
                    t = c;
                    break;
                }
            }
        }
    }

    /// <summary>Quotes of the other style inside a one-paragraph quote: "…told the room that ‘…’ …".</summary>
    public static List<QuoteSpan> FindNested(QuoteSpan outer)
    {
        var paragraph = outer.First;
        var tokens = paragraph.Tokens;
        if (outer.Last != paragraph || outer.CloseToken >= tokens.Count)
        {
            return [];
        }

        var outerIsDouble = Characters.IsDoubleQuote(tokens[outer.OpenToken].Value[0]);
        var nested = new List<QuoteSpan>();
        int? open = null;
        for (var t = outer.OpenToken + 1; t < outer.CloseToken; t++)
        {
            if (!IsPrimaryMark(tokens[t], !outerIsDouble))
            {
                continue;
            }

            if (open is null && Opens(paragraph.Text, tokens[t]))
            {
                open = t;
            }
            else if (open is not null && Closes(paragraph.Text, tokens[t]))
            {
                nested.Add(new QuoteSpan(paragraph, open.Value, paragraph, t, Between(paragraph, open.Value, t)));
                open = null;
            }
        }

        return nested;
    }

    /// <summary>A straight mark inside a quote opened with a curly one is part of the quoted text (pasted code, a measurement).</summary>
    private static bool IsStraightInsideCurly((Paragraph Paragraph, int Token)? open, Token token) =>
        open is { } o && token.Value[0] is '"' or '\'' && o.Paragraph.Tokens[o.Token].Value[0] is not ('"' or '\'');

    /// <summary>Opening marks of one style: the style that opens more quotes is the primary one (British text opens with single marks).</summary>
    private static int CountOpening(IReadOnlyList<Paragraph> body, Func<char, bool> style) =>
        body.Sum(p => p.Tokens.Count(t => t.Kind == TokenKind.Quote && style(t.Value[0]) && Opens(p.Text, t)));

    private static bool IsPrimaryMark(Token token, bool primaryIsDouble) =>
        token.Kind == TokenKind.Quote && (primaryIsDouble ? Characters.IsDoubleQuote(token.Value[0]) : Characters.IsSingleQuote(token.Value[0]));

    private static bool Opens(string text, Token token) => token.Value[0] switch
    {
        '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039' => true,
        '\u201D' or '\u2019' or '\u00BB' or '\u203A' => false,
        _ => (token.Start == 0 || !Characters.IsWordCharacter(text[token.Start - 1]) && text[token.Start - 1] is not ('.' or ',' or '!' or '?'))
             && token.End < text.Length && !char.IsWhiteSpace(text[token.End]),
    };

    private static bool Closes(string text, Token token) => token.Value[0] switch
    {
        '\u201D' or '\u2019' or '\u00BB' or '\u203A' => true,
        '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039' => false,
        _ => token.Start > 0 && !char.IsWhiteSpace(text[token.Start - 1]),
    };

    /// <summary>The text strictly between token <paramref name="from"/> (or the paragraph start) and token <paramref name="to"/>.</summary>
    private static string Between(Paragraph paragraph, int from, int to)
    {
        var tokens = paragraph.Tokens;
        var start = from < 0 ? 0 : tokens[from].End;
        var end = to < tokens.Count ? tokens[to].Start : paragraph.Text.Length;
        if (from < 0 && tokens.Count > 0 && tokens[0].Kind == TokenKind.Quote)
        {
            start = tokens[0].End;
        }

        return end > start ? paragraph.Text[start..end].Trim() : "";
    }

    private static string Join(List<string> pieces) => string.Join(' ', pieces.Where(p => p.Length > 0));
}
