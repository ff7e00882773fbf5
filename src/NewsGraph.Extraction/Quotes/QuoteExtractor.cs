using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Finds the quotes of an article's story paragraphs and attributes each: from its own attribution, else as the
/// continuation of the speaker's previous quote (a split quote, or a paragraph that carries on a quotation), else as
/// the words of whoever holds the floor in a transcript or Q&amp;A turn.
/// Then marks which quotes respond to an earlier statement.
/// </summary>
internal sealed class QuoteExtractor(Gazetteer gazetteer)
{
    private const int FragmentWords = 4;

    /// <param name="body">The story paragraphs.</param>
    /// <param name="headings">The headline and section headings: their quotes are the words of whoever says them in the story.</param>
    /// <param name="entities">The article's entities.</param>
    public IReadOnlyList<Quote> Extract(IReadOnlyList<Paragraph> body, IReadOnlyList<Paragraph> headings, ArticleEntities entities)
    {
        var spans = QuoteSpanFinder.Find(body).Where(s => !IsTitleOfWork(s.Text) && !NameWords.IsNickname(s.First.Tokens, s.OpenToken)).ToList();
        var turns = new SpeakerTurns(body, headings, entities);
        var reader = new AttributionReader(entities, gazetteer, body, spans, turns);
        var attributed = new List<(QuoteSpan Span, Attribution Attribution)>();
        var nested = new List<(QuoteSpan Span, Attribution Attribution)>();
        var bodyByIndex = body.ToDictionary(p => p.Index);
        foreach (var span in spans)
        {
            var attribution = reader.Read(span);
            if (attribution.Speaker is null && turns.Addressed(span) is { } addressed)
            {
                attribution = attribution with { Speaker = addressed };
            }
            else if (attribution.Speaker is null && Continues(span, attributed, bodyByIndex) is { } previous)
            {
                attribution = attribution with
                {
                    Speaker = previous.Speaker,
                    Verb = previous.Verb,
                    Channel = attribution.Channel ?? previous.Channel,
                    Via = attribution.Via ?? previous.Via,
                };
            }
            else if (attribution.Speaker is null)
            {
                attribution = attribution with
                {
                    Speaker = turns.Of(span.First) is { } holder
                        ? reader.ReadInTurn(span, holder)
                        : IsFragment(span) ? null : reader.ReadFollowingSubject(span) ?? reader.ReadPrecedingSubject(span),
                };
            }

            attributed.Add((span, attribution));
            if (attribution.Speaker is { } speaker)
            {
                reader.Discourse.Said(span, speaker);
            }

            foreach (var inner in QuoteSpanFinder.FindNested(span).Where(n => n.WordCount >= FragmentWords))
            {
                if (reader.ReadNested(span, inner, attribution.Speaker) is { } relayed)
                {
                    nested.Add((inner, Attribution.None with { Speaker = relayed }));
                }
            }
        }

        attributed = [.. attributed.Concat(nested).Concat(HeadingQuotes(headings, new HeadingCredits(entities, gazetteer))).OrderBy(a => a.Span.First.Index).ThenBy(a => a.Span.OpenToken)];
        // A quote nobody is said to have said whose words another quote holds (a headline, an entry title, a pull quote) is that speaker's.
        var spoken = new SpokenQuotes(attributed);
        attributed = [.. attributed.Select(a => a.Attribution.Speaker is null ? (a.Span, Attribution.None with { Speaker = spoken.SpeakerOf(a.Span) }) : a)];
        var quotes = attributed.Select(a => ToQuote(a.Span, a.Attribution)).ToList();
        return AddResponses(quotes, attributed, bodyByIndex);
    }

    /// <summary>
    /// A quote with no attribution of its own continues the quote before it when that one is in the same paragraph
    /// ("A," she said. "B."), or ends the paragraph just before one that opens with this quote; never one that "I"
    /// says ("A," he said. "B," I told him.), whoever "I" is.
    /// </summary>
    private static Attribution? Continues(QuoteSpan span, List<(QuoteSpan Span, Attribution Attribution)> earlier, Dictionary<int, Paragraph> bodyByIndex)
    {
        if (earlier.Count == 0)
        {
            return null;
        }

        var (previousSpan, previous) = earlier[^1];
        if (previous.Speaker is null || FirstPerson.Says(span))
        {
            return null;
        }

        if (previousSpan.Last == span.First)
        {
            return previous;
        }

        var opensParagraph = span.OpenToken == 0;
        var previousParagraph = span.First.Index > 0 ? bodyByIndex.GetValueOrDefault(span.First.Index - 1) : null;
        return opensParagraph && previousParagraph is not null && previousSpan.Last == previousParagraph ? previous : null;
    }

    private static Quote ToQuote(QuoteSpan span, Attribution attribution)
    {
        var start = span.First.Offset < 0 ? -1 : span.First.Offset + span.First.Tokens[span.OpenToken].End;
        while (start >= 0 && start < span.First.Offset + span.First.Text.Length && char.IsWhiteSpace(span.First.Text[start - span.First.Offset]))
        {
            start++;
        }

        return new Quote(
            span.Text,
            start,
            IsFragment(span) ? QuoteForm.Fragment : QuoteForm.Full,
            attribution.Speaker,
            attribution.Verb,
            attribution.Channel,
            attribution.Via,
            attribution.CitedSource,
            StatementSegmenter.Split(span.Text),
            Response: null);
    }

    /// <summary>
    /// Quotes in a headline or heading ("“Close is not a deal”: inside the talks"): words the story quotes, the words of whom
    /// the line credits ("‘The quay is not for sale’ – Okonjo") where it does.
    /// </summary>
    private static IEnumerable<(QuoteSpan Span, Attribution Attribution)> HeadingQuotes(IReadOnlyList<Paragraph> headings, HeadingCredits credits) =>
        QuoteSpanFinder.Find(headings)
            .Where(s => s.First == s.Last && s.WordCount >= FragmentWords && !IsTitleOfWork(s.Text))
            .Select(s => (s, Attribution.None with { Speaker = credits.Of(s) }));

    /// <summary>A title in quotation marks ("a report titled "Charting a Fair Course""): every longer word capitalised, no closing punctuation.</summary>
    private static bool IsTitleOfWork(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && !Characters.IsSentenceEnd(text[^1]) && text[^1] != ','
            && words.Where(w => w.Length > 3).All(w => char.IsUpper(w[0]));
    }

    /// <summary>A few words, or words quoted inside the writer's own sentence ("remains on "the more serious aspects"").</summary>
    private static bool IsFragment(QuoteSpan span)
    {
        if (span.WordCount < FragmentWords)
        {
            return true;
        }

        var tokens = span.First.Tokens;
        var sentence = span.First.SentenceOf(span.OpenToken);
        return span.OpenToken > sentence.FirstToken && tokens[span.OpenToken - 1].IsWord
            && !SpeechVerbs.IsSpeechVerb(tokens[span.OpenToken - 1].Value);
    }

    private static List<Quote> AddResponses(List<Quote> quotes, List<(QuoteSpan Span, Attribution Attribution)> attributed, Dictionary<int, Paragraph> bodyByIndex)
    {
        var cues = new StanceCueWords();
        for (var i = 0; i < quotes.Count; i++)
        {
            var stance = StanceDetector.Detect(quotes[i].Text, Frame(attributed, i, bodyByIndex, cues));
            if (stance is null || quotes[i].Speaker is not { } speaker)
            {
                continue;
            }

            var target = quotes.FindIndex(q => q.Speaker is not null && q.Speaker != speaker && q.Response is null);
            if (target >= 0 && target != i)
            {
                quotes[i] = quotes[i] with { Response = new QuoteResponse(stance.Value, target) };
            }
        }

        return quotes;
    }

    /// <summary>
    /// The words around quote <paramref name="index"/> that frame it: its sentence outside the quote, and, for the
    /// first quote of a paragraph, the paragraph before when that one introduces the speaker without quoting them.
    /// Empty when none of those words can open a cue (<see cref="StanceCueWords"/>): a quote among thousands in one
    /// sentence would otherwise have the whole sentence read for it.
    /// </summary>
    private static string Frame(List<(QuoteSpan Span, Attribution Attribution)> attributed, int index, Dictionary<int, Paragraph> bodyByIndex, StanceCueWords cues)
    {
        var span = attributed[index].Span;
        var first = span.First;
        var lead = (first.SentenceOf(span.OpenToken).FirstToken, span.OpenToken);
        var last = span.Last;
        var tail = span.CloseToken < last.Tokens.Count ? (span.CloseToken + 1, last.SentenceOf(span.CloseToken).EndToken) : (0, 0);
        var isFirstInParagraph = index == 0 || attributed[index - 1].Span.Last != first;
        var previous = isFirstInParagraph && first.Index > 0 ? bodyByIndex.GetValueOrDefault(first.Index - 1) : null;
        var speaker = attributed[index].Attribution.Speaker?.Name;
        var before = previous is not null && speaker is not null && !previous.Tokens.Any(t => t.Kind == TokenKind.Quote)
            && EntityNames.Words(speaker).Any(w => previous.Text.Contains(w, StringComparison.OrdinalIgnoreCase))
            ? previous
            : null;
        var mayHoldCue = (before is not null && cues.InText(before)) || cues.InTokens(first, lead.Item1, lead.Item2) || cues.InTokens(last, tail.Item1, tail.Item2);
        return mayHoldCue ? string.Join(' ', before?.Text ?? "", first.Slice(lead.Item1, lead.Item2), last.Slice(tail.Item1, tail.Item2)) : "";
    }
}
