using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Who holds the floor in a transcript, a debate or a Q&amp;A: the person a paragraph opens with as a label ("Lidia:
/// Never. …", "ANA RUIZ (through an interpreter): …", "Q. (Ana Ruiz, Radio Sur): …", "[00:12:31] ANA RUIZ: …", "AR: …"
/// by initials), or the person whose name alone heads the paragraphs since ("Lidia Marsh" on a line of its own). In a
/// transcript, the unlabelled paragraphs after a turn carry it on. Words quoted in a turn without an attribution of their
/// own are that speaker's. In a broadcast script, a bracketed cue ("[CLIP 2 — Ana Ruiz, in Spanish, 0'11\"]", "[SOT: Ana
/// Ruiz, mayor]") names the speaker of the clip printed under it.
/// </summary>
internal sealed class SpeakerTurns
{
    /// <summary>How many tokens a turn's label may take, a time stamp before the name included ("[21:58:40] ANA RUIZ:").</summary>
    private const int MaxStampedLabelTokens = 12;

    /// <summary>How many words a turn's label may name the speaker in, before any bracket ("Sen. Ana María Ruiz Soto").</summary>
    private const int MaxLabelWords = 5;

    /// <summary>Labels naming a person that make an article a transcript, whose unlabelled paragraphs carry a turn on.</summary>
    private const int TranscriptTurns = 2;

    /// <summary>How many turns after (then before) a host's turn are searched for the guest the host addresses.</summary>
    private const int AddresseeWindow = 3;

    private static readonly char[] CueSeparators = ['\u2014', '\u2013', ':', ','];

    private readonly Dictionary<string, List<string>> _peopleByKey = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _people;
    private readonly Dictionary<Paragraph, SpeakerRef> _speakers = [];

    // Paragraphs under a heading of a name and a role ("Ana Ruiz, United coach"): the writer reports the person's words there.
    private readonly HashSet<Paragraph> _reported = [];
    private readonly Dictionary<Paragraph, int> _turnOrdinals = [];
    private readonly List<SpeakerRef?> _turns = [];

    public SpeakerTurns(IReadOnlyList<Paragraph> body, IReadOnlyList<Paragraph> headings, ArticleEntities entities)
    {
        _people = [.. entities.People.Select(p => p.Name)];
        foreach (var person in entities.People)
        {
            var keys = person.Aliases.Select(EntityNames.Key)
                .Append(EntityNames.Key(person.Name))
                .Append(EntityNames.Words(person.Name).FirstOrDefault() ?? "")
                .Append(EntityNames.Initials(person.Name).ToLowerInvariant());
            foreach (var key in keys.Where(k => k.Length > 1).Distinct(StringComparer.Ordinal))
            {
                if (!_peopleByKey.TryGetValue(key, out var named))
                {
                    _peopleByKey[key] = named = [];
                }

                if (!named.Contains(person.Name, StringComparer.Ordinal))
                {
                    named.Add(person.Name);
                }
            }
        }

        Follow(body, headings, Interviews.Interviewee(body, entities));
    }

    /// <summary>The speaker whose turn <paramref name="paragraph"/> is part of, or null outside any turn.</summary>
    public SpeakerRef? Of(Paragraph paragraph) => _speakers.GetValueOrDefault(paragraph);

    /// <summary>
    /// Who says "I" in the paragraph's own words, so that its "he" and "she" are someone else: the speaker of its turn,
    /// but no one under a heading of a name and a role, where the writer reports ("Asked about the referee, he said: …").
    /// </summary>
    public SpeakerRef? Voice(Paragraph paragraph) => _reported.Contains(paragraph) ? null : Of(paragraph);

    /// <summary>
    /// "You told reporters yesterday, “…”", "As you said on Monday, “…”": in a turn, words the speaker says the
    /// person addressed said are that person's, the one who holds the floor in the nearest turn of someone else (the
    /// guest answering the host, else the one the host answers); null outside a turn or where the lead does not say "you".
    /// </summary>
    public SpeakerRef? Addressed(QuoteSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        var paragraph = span.First;
        if (!_turnOrdinals.TryGetValue(paragraph, out var ordinal) || !SaysYouSaid(paragraph, span.OpenToken))
        {
            return null;
        }

        var speaker = _turns[ordinal];
        bool Other(int i) => _turns[i] is { } other && other != speaker;
        var after = Enumerable.Range(ordinal + 1, Math.Min(AddresseeWindow, _turns.Count - ordinal - 1)).Where(Other);
        var before = Enumerable.Range(Math.Max(0, ordinal - AddresseeWindow), Math.Min(AddresseeWindow, ordinal)).Reverse().Where(Other);
        return after.Concat(before).Select(i => _turns[i]).FirstOrDefault();
    }

    /// <summary>
    /// The first token after a turn's label ("HOST:", "Q.", "[00:25:44] ANA RUIZ:", "ANA RUIZ (through an interpreter):"),
    /// or 0 when the paragraph opens with none: the last colon before the paragraph's first lower-case word outside
    /// brackets, after a capitalised word or a bracket, within a few tokens. The words of the turn that bring in a quote are
    /// read from there, never from the label.
    /// </summary>
    public static int AfterLabel(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var tokens = paragraph.Tokens;
        var limit = Math.Min(tokens.Count, MaxStampedLabelTokens);
        var after = 0;
        for (var t = 0; t < limit; t++)
        {
            if (tokens[t].Value == "(" && Closing(tokens, t, limit) is var close and > 0)
            {
                t = close;
                continue;
            }

            if (tokens[t].Kind == TokenKind.Quote || (tokens[t].IsWord && !tokens[t].IsCapitalized))
            {
                break;
            }

            if (tokens[t].Value == ":" && t > 0 && (tokens[t - 1].IsCapitalized || tokens[t - 1].Value == ")"))
            {
                after = t + 1;
            }
        }

        return after;
    }

    /// <summary>
    /// Walks the body once, recording each paragraph's turn and the order of the labelled turns; an interview's answer
    /// lines are the interviewee's turns.
    /// </summary>
    private void Follow(IReadOnlyList<Paragraph> body, IReadOnlyList<Paragraph> headings, SpeakerRef? interviewee)
    {
        var labels = body.Select(p => (Paragraph: p, Label: interviewee is not null && Interviews.IsAnswer(p) ? (IsLabel: true, Speaker: interviewee) : Label(p))).ToList();
        var transcript = labels.Count(l => l.Label.Speaker is not null) >= TranscriptTurns;
        var nextHeading = 0;
        Paragraph? heading = null;
        SpeakerRef? current = null;
        var labelSinceHeading = false;

        // Read once per heading, not once per paragraph under it: a heading may stand over thousands.
        SpeakerRef? headed = null;
        var reported = false;
        foreach (var (paragraph, label) in labels)
        {
            while (nextHeading < headings.Count && headings[nextHeading].Index < paragraph.Index)
            {
                heading = headings[nextHeading++];
                current = null;
                labelSinceHeading = false;
                headed = Cue.Is(heading.Text) ? null : Headed(heading);
                reported = headed is not null && SpeakerHeadings.NameOf(heading) is not null;
            }

            SpeakerRef? speaker;
            if (label.IsLabel)
            {
                labelSinceHeading = true;
                current = label.Speaker;
                speaker = label.Speaker;
                _turnOrdinals[paragraph] = _turns.Count;
                _turns.Add(speaker);
            }
            else if (transcript && current is not null)
            {
                speaker = current;
                _turnOrdinals[paragraph] = _turns.Count - 1;
            }
            else if (heading is not null && Cue.Is(heading.Text))
            {
                speaker = heading.Index == paragraph.Index - 1 ? Cued(heading.Text) : null;
            }
            else
            {
                speaker = labelSinceHeading ? null : headed;
                if (speaker is not null && reported)
                {
                    _reported.Add(paragraph);
                }
            }

            if (speaker is not null)
            {
                _speakers[paragraph] = speaker;
            }
        }
    }

    /// <summary>
    /// Whether the paragraph opens with a turn's label, and whom it names: the words before the colon (after a time
    /// stamp, before a bracket such as "(through an interpreter)"), else the first part of the bracket ("Q. (Ana Ruiz, Radio Sur):").
    /// </summary>
    private (bool IsLabel, SpeakerRef? Speaker) Label(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        var limit = Math.Min(tokens.Count, MaxStampedLabelTokens);
        var first = tokens.Count > 0 && tokens[0].Value == "[" ? Closing(tokens, 0, limit, "]") + 1 : 0;
        int? bracket = null;
        for (var t = first; t < limit && (bracket is not null || t - first <= MaxLabelWords); t++)
        {
            if (tokens[t].Value == "(" && bracket is null && t > first && Closing(tokens, t, limit) is var close and > 0)
            {
                bracket = t;
                t = close;
            }
            else if (tokens[t].Value == ":")
            {
                var nameEnd = bracket ?? t;
                if (nameEnd <= first || tokens[nameEnd - 1].Kind != TokenKind.Word)
                {
                    return (false, null);
                }

                var speaker = Person(paragraph.Slice(first, nameEnd))
                    ?? (bracket is { } open ? Person(paragraph.Slice(open + 1, t - 1).Split(',')[0]) : null);

                // "On the penalty: “…”" leads into a quote; a label naming no one is a role in capitals ("HOST:", "Q.").
                var isLabel = speaker is not null || Enumerable.Range(first, nameEnd - first).All(i => !tokens[i].IsWord || tokens[i].IsCapitalized);
                return (isLabel, speaker);
            }
            else if (bracket is not null || !(tokens[t].IsWord || tokens[t].Value is "." or "-"))
            {
                return (false, null);
            }
        }

        return (false, null);
    }

    /// <summary>The index of the bracket closing the one at <paramref name="open"/> within the limit, or -1.</summary>
    private static int Closing(IReadOnlyList<Token> tokens, int open, int limit, string closing = ")")
    {
        for (var t = open + 1; t < limit; t++)
        {
            if (tokens[t].Value == closing)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>"You told reporters", "as you said", "you've said": "you" a word or two before a verb of speech, in the quote's lead.</summary>
    private static bool SaysYouSaid(Paragraph paragraph, int open)
    {
        var tokens = paragraph.Tokens;
        var start = Math.Max(AfterLabel(paragraph), paragraph.SentenceOf(open).FirstToken);
        for (var t = open - 1; t >= start && tokens[t].Kind != TokenKind.Quote; t--)
        {
            if (SpeechVerbs.IsSpeechVerb(tokens[t].Value)
                && Enumerable.Range(Math.Max(start, t - 3), t - Math.Max(start, t - 3)).Any(y => tokens[y].Is("you") || tokens[y].Is("you've")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The person a heading names, alone ("Lidia Marsh") or with a role (<see cref="SpeakerHeadings"/>), or whose post it
    /// opens (<see cref="PostHeaders"/>).
    /// </summary>
    private SpeakerRef? Headed(Paragraph heading) =>
        Person(heading.Text.Trim())
        ?? (SpeakerHeadings.NameOf(heading) is { } name ? Person(name) : null)
        ?? (PostHeaders.AuthorOf(heading, _people) is { } author ? new SpeakerRef(author, SpeakerKind.Person) : null);

    /// <summary>The first part of a cue, between its dashes, colons and commas, that names a person of the article.</summary>
    private SpeakerRef? Cued(string cue) =>
        cue[1..^1].Split(CueSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Person)
            .FirstOrDefault(p => p is not null);

    /// <summary>The one person of the article a label names: by full name, by an alias, by the given name alone, or by initials.</summary>
    private SpeakerRef? Person(string label) =>
        _peopleByKey.TryGetValue(EntityNames.Key(label), out var named) && named.Count == 1 ? new SpeakerRef(named[0], SpeakerKind.Person) : null;
}
