using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Reads who said a quote from the words around it: after the quote ("…," Dietz said / said Dietz / Dietz told X),
/// before it (Dietz added: "…" / he noted that "…" / according to X, "…"), resolving surnames, pronouns, titles
/// ("the minister"), organizations and unnamed sources; and where it was said and what source it cites.
/// </summary>
internal sealed partial class AttributionReader
{
    /// <summary>Quoted words fewer than this are a scare quote or a term, not someone's words.</summary>
    private const int ScareQuoteWords = 4;

    /// <summary>How far before a quote in a turn the words that say whose it is may start ("At one point a deputy mayor, I will not say which one, told me across his desk,").</summary>
    private const int MaxTurnLeadTokens = 30;

    private static readonly HashSet<string> MalePronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "him" };
    private static readonly HashSet<string> FemalePronouns = new(StringComparer.OrdinalIgnoreCase) { "she", "her" };

    /// <summary>Documents that speak for whoever issued them ("the statement said").</summary>
    private static readonly HashSet<string> StatementNouns = new(StringComparer.OrdinalIgnoreCase) { "statement", "release", "communique", "communiqué" };
    private static readonly HashSet<string> NounMarkers = new(StringComparer.OrdinalIgnoreCase)
        { "a", "an", "the", "his", "her", "their", "its", "our", "these", "those", "this", "that", "such", "no", "any" };

    private readonly ArticleEntities _entities;
    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<int, Paragraph> _bodyByIndex;
    private readonly QuotedRegions _quoted;
    private readonly UnnamedSourceHistory _unnamedSources;
    private readonly Epithets _epithets;
    private readonly LaterNamedSources _laterNamed;
    private readonly SpeakerTurns _turns;

    // Each lead is read back past the quotes before it, so the scare quotes are found by where they close, not by a search.
    private readonly Dictionary<(Paragraph Paragraph, int CloseToken), QuoteSpan> _scareQuotesByClose = [];

    /// <summary>Who the article has been talking about; the caller records each quote's speaker as it goes.</summary>
    public Discourse Discourse { get; }
    private readonly Dictionary<Paragraph, List<(Mention Mention, SpeakerRef Speaker)>> _byParagraph;

    public AttributionReader(ArticleEntities entities, Gazetteer gazetteer, IReadOnlyList<Paragraph> body, IReadOnlyList<QuoteSpan> spans, SpeakerTurns turns)
    {
        _turns = turns;
        _entities = entities;
        _gazetteer = gazetteer;
        _bodyByIndex = body.ToDictionary(p => p.Index);
        _quoted = new QuotedRegions(spans);
        _unnamedSources = new UnnamedSourceHistory(body);
        foreach (var span in spans.Where(s => s.First == s.Last && s.WordCount < ScareQuoteWords))
        {
            _scareQuotesByClose.TryAdd((span.First, span.CloseToken), span);
        }

        Discourse = new Discourse(entities, gazetteer, body, _quoted);
        _epithets = new Epithets(entities, gazetteer);
        _laterNamed = new LaterNamedSources(entities, _quoted);
        _byParagraph = entities.PersonMentions.Select(m => (m.Mention, Speaker: new SpeakerRef(m.Person, SpeakerKind.Person)))
            .Concat(entities.OrganizationMentions.Select(m => (m.Mention, Speaker: new SpeakerRef(m.Organization, SpeakerKind.Organization))))
            .GroupBy(m => m.Mention.Paragraph)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Mention.FirstToken).ToList());
    }

    /// <summary>Reads the attribution of <paramref name="span"/>.</summary>
    public Attribution Read(QuoteSpan span)
    {
        var tail = ReadTail(span);
        var lead = ReadLead(span);
        var (speaker, verb) = tail.Speaker is not null ? (tail.Speaker, tail.Verb) : (lead.Speaker, lead.Verb);
        var channel = tail.Channel ?? lead.Channel;
        return new Attribution(
            speaker,
            verb,
            channel,
            tail.Via ?? lead.Via,
            CitedInQuote(span) ?? tail.CitedSource ?? lead.CitedSource);
    }

    private Attribution ReadTail(QuoteSpan span)
    {
        var paragraph = span.Last;
        var tokens = paragraph.Tokens;
        if (span.CloseToken >= tokens.Count)
        {
            return Attribution.None;
        }

        var quoteEndsSentence = span.CloseToken > 0 && tokens[span.CloseToken - 1].Value is "." or "!" or "?"
            && span.Text.Length > 0 && span.Text[^1] == '.';
        if (quoteEndsSentence && span.OpenToken > span.First.SentenceOf(span.OpenToken).FirstToken)
        {
            // 'X said that Y would "act." Z told reporters …': a quote inside a sentence of its own ends with it; the
            // next sentence is someone else's.
            return Attribution.None;
        }

        var start = span.CloseToken + 1;
        while (start < tokens.Count && tokens[start].Value is "," or "\u2014" or "\u2013" or "-")
        {
            start++;
        }

        var end = start;
        while (end < tokens.Count && !(tokens[end].Kind == TokenKind.Punctuation && Characters.IsSentenceEnd(tokens[end].Value[0])) && tokens[end].Kind != TokenKind.Quote)
        {
            end++;
        }

        if (start >= end || ContrastingConjunctions.Contains(tokens[start].Value))
        {
            // '… objected that the witness was "…", but the judge allowed it, saying …': a clause of its own, about someone else.
            return Attribution.None;
        }

        if (IsVerbAt(tokens, start))
        {
            // "said Jane Doe, the minister", "said the minister's spokeswoman, Jane Doe": a name anywhere in the
            // clause wins over a description.
            var objectEnd = start + 1;
            while (objectEnd < end && tokens[objectEnd].Value != ",")
            {
                objectEnd++;
            }

            var named = MentionsIn(paragraph, start + 1, end).FirstOrDefault(m => m.Speaker.Kind == SpeakerKind.Person).Speaker;
            var speaker = named ?? ResolveSpeaker(paragraph, start + 1, objectEnd, last: false);
            return speaker is null ? Attribution.None : Complete(paragraph, speaker, start, start + 1, end);
        }

        if (span.CloseToken + 1 < tokens.Count && tokens[span.CloseToken + 1].Value is "\u2014" or "\u2013" && SignedBy(paragraph, start, end) is { } signature)
        {
            return new Attribution(signature, null, null, null, null);
        }

        if (AccordingTo(tokens, start, end) is { } according)
        {
            var speaker = ResolveSpeaker(paragraph, according, end, last: false);
            return speaker is null ? Attribution.None : Complete(paragraph, speaker, according - 2, according, end);
        }

        if (PassiveAttribution.AgentAt(tokens, start, end) is { } agent && ResolveSpeaker(paragraph, agent, end, last: false) is { } passiveSpeaker)
        {
            return Complete(paragraph, passiveSpeaker, agent - 2, agent, end);
        }

        // "…," Jane Doe, the minister who chaired the talks, said: the subject may carry a long appositive.
        var reach = quoteEndsSentence ? Math.Min(end, start + 8) : end;
        for (var v = start + 1; v < reach; v++)
        {
            // "…," her note read.
            if (!IsVerbAt(tokens, v) && !(OwnedWords.LinkingVerbs.Contains(tokens[v].Value) && OwnedWords.Possessor(tokens, start, v) is not null))
            {
                continue;
            }

            var speaker = ResolveSpeaker(paragraph, start, v, last: true);
            var subjectFirst = SubjectStartsAt(paragraph, start, v);
            if (speaker is not null && (subjectFirst || (!quoteEndsSentence && v - start <= 8)))
            {
                return Complete(paragraph, speaker, v, v + 1, end);
            }

            break;
        }

        return Attribution.None;
    }

    /// <summary>
    /// For a quote that stands alone, without attribution: the person the sentence just before it is about, when
    /// that sentence opens with them ("Jane Doe was defiant. "We will win."") or introduces the quote with a colon.
    /// </summary>
    public SpeakerRef? ReadPrecedingSubject(QuoteSpan span)
    {
        var paragraph = span.First;
        var sentence = paragraph.SentenceOf(span.OpenToken);
        var colonLead = IsColonLead(paragraph.Tokens, sentence.FirstToken, span.OpenToken);
        if (span.OpenToken > sentence.FirstToken && !colonLead)
        {
            return null;
        }

        var (previous, first, end) = sentence.FirstToken > 0
            ? (paragraph, paragraph.SentenceOf(sentence.FirstToken - 1).FirstToken, sentence.FirstToken)
            : PreviousParagraphLastSentence(paragraph);
        if (previous is null || previous.Tokens.Skip(first).Take(end - first).Any(t => t.Kind == TokenKind.Quote))
        {
            return null;
        }

        var people = MentionsIn(previous, first, end).Where(m => m.Speaker.Kind == SpeakerKind.Person).ToList();
        if (colonLead)
        {
            // "The port authority has issued its statement. In full: “…”": whoever the sentence before opens with.
            return MentionsIn(previous, first, end).FirstOrDefault(m => m.Mention.LeadToken <= first + 1).Speaker;
        }

        var introduces = end > first && previous.Tokens[end - 1].Value == ":";
        if (people.Count == 0)
        {
            return UnnamedSubject(previous, first, end);
        }

        return introduces || people[0].Mention.LeadToken <= first + 1 ? (introduces ? people[^1] : people[0]).Speaker : null;
    }

    /// <summary>"In full: “…”", "It reads: “…”": two or three words and a colon before the quote, naming no one.</summary>
    private static bool IsColonLead(IReadOnlyList<Token> tokens, int first, int open) =>
        open - first is 2 or 3 && tokens[open - 1].Value == ":"
        && Enumerable.Range(first + 1, open - first - 2).All(t => tokens[t].IsWord && !tokens[t].IsCapitalized);

    private (Paragraph? Paragraph, int First, int End) PreviousParagraphLastSentence(Paragraph paragraph)
    {
        var previous = _bodyByIndex.GetValueOrDefault(paragraph.Index - 1);
        if (previous is null || previous.Sentences.Count == 0)
        {
            return (null, 0, 0);
        }

        var last = previous.Sentences[^1];
        return (previous, last.FirstToken, last.EndToken);
    }

    /// <summary>
    /// Reads who a quote nested inside <paramref name="outer"/> belongs to, from the outer quote's own words before
    /// it ("Mr Smith told the room that "…""; "I told the boys, "…"" gives the outer speaker); null when they do not say.
    /// </summary>
    public SpeakerRef? ReadNested(QuoteSpan outer, QuoteSpan inner, SpeakerRef? outerSpeaker)
    {
        var tokens = outer.First.Tokens;
        var lead = Enumerable.Range(outer.OpenToken + 1, Math.Max(0, inner.OpenToken - outer.OpenToken - 1)).ToList();
        var unnamed = MentionsIn(outer.First, outer.OpenToken + 1, inner.OpenToken).Count == 0;
        if (unnamed && RelativeSpeaking(tokens, lead, outerSpeaker) is { } relative)
        {
            return relative;
        }

        if (unnamed && lead.Any(t => tokens[t].Value is "I" or "We" or "we"))
        {
            return outerSpeaker;
        }

        if (QuotedTeller(outer, inner, outerSpeaker) is { } teller)
        {
            return teller;
        }

        var speaker = ReadLead(inner, from: outer.OpenToken + 1).Speaker;
        if (speaker is { Kind: SpeakerKind.Anonymous } && ImaginedOpeners.Contains(tokens[Math.Max(outer.OpenToken + 1, outer.First.SentenceOf(inner.OpenToken).FirstToken)].Value))
        {
            // "Like an agent would ring me and say, '…'": no agent said it; the words are the speaker's own.
            return outerSpeaker;
        }

        if (unnamed && speaker is not null && speaker == outerSpeaker
            && lead.FirstOrDefault(t => MalePronouns.Contains(tokens[t].Value) || FemalePronouns.Contains(tokens[t].Value), -1) is var pronoun and >= 0)
        {
            // "He told me, '…'": whoever the speaker calls "he" is someone else, never the speaker.
            return Discourse.Resolve(outer.First, pronoun, MalePronouns.Contains(tokens[pronoun].Value) ? Gender.Male : Gender.Female, excluded: outerSpeaker);
        }

        return speaker ?? NestedSubject(outer, inner, outerSpeaker);
    }

    /// <summary>
    /// A quote with no attribution of its own in the turn of <paramref name="holder"/> (an answer line, a transcript's
    /// turn), read as a quote nested in the holder's sentence: someone the holder reports ("Her nan used to say, '…'")
    /// says it where that sentence says so, else the holder. Words that call the holder by name ("Ngozi, you will never
    /// be an actor") are never the holder's: no one's when the sentence does not say whose ("A producer, I won't say
    /// which, told me, '…'").
    /// </summary>
    /// <remarks>
    /// Only the last <see cref="MaxTurnLeadTokens"/> tokens before the quote are read: a turn of one sentence holding
    /// thousands of quotes would otherwise be read from its start for each.
    /// </remarks>
    public SpeakerRef? ReadInTurn(QuoteSpan span, SpeakerRef holder)
    {
        ArgumentNullException.ThrowIfNull(span);
        var paragraph = span.First;
        var sentence = Math.Max(Math.Max(SpeakerTurns.AfterLabel(paragraph), paragraph.SentenceOf(span.OpenToken).FirstToken), span.OpenToken - MaxTurnLeadTokens);
        var reporting = new QuoteSpan(paragraph, sentence - 1, span.Last, span.CloseToken, span.Text);
        var teller = ReadNested(reporting, span, holder);
        if (!Vocatives.Address(span, holder.Name))
        {
            return teller ?? holder;
        }

        // "A deputy mayor, I will not say which one, told me": the "I" of an aside does not make the words the holder's.
        teller = teller is not null && teller != holder ? teller : NestedSubject(reporting, span, holder);
        return teller == holder ? null : teller;
    }

    /// <summary>
    /// "Wisniak sat next to me. On the way home he told me, '…'": "he" or "she" bringing in a nested quote, where its
    /// sentence names no one, is the person the outer quote named last before it whose gender fits, not the speaker
    /// and not whoever the article talked about outside the quote.
    /// </summary>
    private SpeakerRef? QuotedTeller(QuoteSpan outer, QuoteSpan inner, SpeakerRef? outerSpeaker)
    {
        var paragraph = outer.First;
        if (inner.First != paragraph)
        {
            return null;
        }

        var tokens = paragraph.Tokens;
        var sentence = Math.Max(outer.OpenToken + 1, paragraph.SentenceOf(inner.OpenToken).FirstToken);
        var pronoun = Enumerable.Range(sentence, Math.Max(0, inner.OpenToken - sentence))
            .FirstOrDefault(t => SubjectPronouns.Contains(tokens[t].Value), -1);
        if (pronoun < 0 || MentionsIn(paragraph, sentence, inner.OpenToken).Count > 0)
        {
            return null;
        }

        var gender = MalePronouns.Contains(tokens[pronoun].Value) ? Gender.Male : Gender.Female;
        return MentionsIn(paragraph, outer.OpenToken + 1, sentence)
            .LastOrDefault(m => m.Speaker.Kind == SpeakerKind.Person && m.Speaker != outerSpeaker && Discourse.Fits(m.Speaker.Name, gender)).Speaker;
    }

    /// <summary>What a person writes, which says what its writer says ("his reply said").</summary>
    private static readonly HashSet<string> WrittenNouns = new(StringComparer.OrdinalIgnoreCase) { "reply", "letter", "email", "e-mail", "message", "note", "text", "post" };

    /// <summary>Words that open a sentence about what did not happen ("Like someone would say…", "As if…", "Imagine…").</summary>
    private static readonly HashSet<string> ImaginedOpeners = new(StringComparer.OrdinalIgnoreCase) { "like", "as", "if", "imagine", "suppose", "maybe", "perhaps" };

    private static readonly HashSet<string> SubjectDeterminers = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "one", "some", "another" };

    /// <summary>
    /// "Mum kept saying, '…'", "Papa would come home and say, '…'", "In March the director stood up and said, '…'": the
    /// subject of the verb that brings in a nested quote, where no name or pronoun is, is a kind of person: the relative
    /// or title holder the article named, else an unnamed source described by those words. "His reply said, '…'" is
    /// the man the quote named before it; words only imagined ("Like an agent would say, '…'") are the speaker's own.
    /// </summary>
    private SpeakerRef? NestedSubject(QuoteSpan outer, QuoteSpan inner, SpeakerRef? outerSpeaker)
    {
        var paragraph = outer.First;
        var tokens = paragraph.Tokens;
        var from = outer.OpenToken + 1;
        var verb = Enumerable.Range(from, Math.Max(0, inner.OpenToken - from)).LastOrDefault(t => IsVerbAt(tokens, t), -1);
        if (verb < 0)
        {
            return null;
        }

        var sentence = Math.Max(from, paragraph.SentenceOf(verb).FirstToken);
        if (ImaginedOpeners.Contains(tokens[sentence].Value))
        {
            // "Like an agent would ring me and say, '…'": imagined words are the speaker's own.
            return outerSpeaker;
        }

        for (var t = sentence; t < verb; t++)
        {
            var word = tokens[t].Value;
            if (tokens[t].IsCapitalized && IsPersonNoun(word) && !tokens[t + 1].IsCapitalized)
            {
                return Discourse.Relative(word)
                    ?? (_gazetteer.TitleWord(word) is not null && RoleHolder(word, paragraph, t) is { } holder ? new SpeakerRef(holder, SpeakerKind.Person) : null)
                    ?? new SpeakerRef(word, SpeakerKind.Anonymous);
            }

            var noun = t + 1 < verb && tokens[t + 1].IsWord && !tokens[t + 1].IsCapitalized ? t + 1 : -1;
            if (noun < 0)
            {
                continue;
            }

            if (SubjectDeterminers.Contains(word) && IsPersonNoun(tokens[noun].Value))
            {
                return DefiniteDescription(paragraph, t, noun + 1) ?? new SpeakerRef(paragraph.Slice(t, noun + 1), SpeakerKind.Anonymous);
            }

            if (word.ToLowerInvariant() is "his" or "her" && (StatementNouns.Contains(tokens[noun].Value) || WrittenNouns.Contains(tokens[noun].Value)))
            {
                return MentionsIn(paragraph, from, t).LastOrDefault(m => m.Speaker.Kind == SpeakerKind.Person).Speaker;
            }
        }

        return null;
    }

    private bool IsPersonNoun(string word) => PersonNouns.Is(word, _gazetteer);

    /// <summary>Unnamed people whose words are their organization's: its spokesperson, its analysts writing in its note.</summary>
    private static readonly HashSet<string> SpokespersonNouns = new(StringComparer.OrdinalIgnoreCase) { "spokesperson", "spokeswoman", "spokesman", "analysts" };

    // Words between a subject and its verb of speech: "her nan used to say", "his coach would always say".
    private static readonly HashSet<string> SubjectFillers = new(StringComparer.Ordinal) { "used", "to", "would", "always", "once", "often", "also", "later", "then", "had" };

    /// <summary>
    /// "My coach told me, '…'", "Her nan used to say, '…'": someone the speaker knows, never named, says the nested
    /// words: an unnamed source described from the article's side ("Ann Lee's coach") where the speaker says "my".
    /// </summary>
    private static SpeakerRef? RelativeSpeaking(IReadOnlyList<Token> tokens, List<int> lead, SpeakerRef? outerSpeaker)
    {
        var subject = lead.FindLastIndex(t => NameWords.Possessives.Contains(tokens[t].Value)
            && (t == lead[0] || tokens[t - 1].Value is "." or "," or ";" or ":" or "and" or "but" or "so" or "And" or "But" or "So"));
        if (subject < 0 || subject + 1 >= lead.Count)
        {
            return null;
        }

        var noun = lead[subject + 1];
        var verb = Enumerable.Range(noun + 1, Math.Max(0, Math.Min(4, lead[^1] - noun))).FirstOrDefault(t => IsVerbAt(tokens, t), -1);
        if (!tokens[noun].IsWord || tokens[noun].IsCapitalized || verb < 0
            || Enumerable.Range(noun + 1, verb - noun - 1).Any(t => !tokens[t].IsWord || tokens[t].IsCapitalized))
        {
            return null;
        }

        return OwnedSource(tokens[lead[subject]].Value, tokens[noun].Value, outerSpeaker);
    }

    /// <summary>An unnamed source described by whose it is: "her nan"; "Noor Haddad's coach" where that speaker says "my coach".</summary>
    private static SpeakerRef OwnedSource(string possessive, string noun, SpeakerRef? speaker)
    {
        var owner = possessive.ToLowerInvariant();
        if (owner is "my" or "our" && speaker is { Kind: SpeakerKind.Person })
        {
            owner = speaker.Name + "'s";
        }

        return new SpeakerRef($"{owner} {noun}", SpeakerKind.Anonymous);
    }

    private Attribution ReadLead(QuoteSpan span, int from = 0)
    {
        var paragraph = span.First;
        var tokens = paragraph.Tokens;
        var open = span.OpenToken;
        var label = SpeakerTurns.AfterLabel(paragraph);
        var start = Math.Max(from, Math.Max(label <= open ? label : 0, paragraph.SentenceOf(open).FirstToken));
        for (var t = open - 1; t >= start; t--)
        {
            // Another quotation ends the lead, but not the marks of a nickname ('Oluwadamilare "Dami" Adeyemi') or of a
            // word or two in scare quotes ('X, who has a "hold" rating on the stock, wrote: "…"').
            if (ScareQuoteClosedAt(paragraph, t) is { } scare)
            {
                t = scare.OpenToken;
            }
            else if (tokens[t].Kind == TokenKind.Quote && t < open - 1 && !NameWords.IsNickname(tokens, t) && !(t >= 2 && NameWords.IsNickname(tokens, t - 2)))
            {
                start = t + 1;
                break;
            }
        }

        if (AccordingTo(tokens, start, open) is { } according)
        {
            var end = according;
            while (end < open && tokens[end].Value != ",")
            {
                end++;
            }

            var speaker = ResolveSpeaker(paragraph, according, end, last: false);
            if (speaker is not null)
            {
                return Complete(paragraph, speaker, according - 2, according, open);
            }
        }

        for (var v = open - 1; v >= start; v--)
        {
            // "lawyers would argue that …" reports what someone may say later, not who said the quote.
            if (!IsVerbAt(tokens, v) || (v > 0 && Modals.Contains(tokens[v - 1].Value)))
            {
                continue;
            }

            // After the verb only when nothing stands before it: '"A," said X, "B."' gives B to X. A participle
            // after a comma ("Jane Doe said …, describing it as "…"") has the subject of the clause it hangs on.
            var subjectless = !Enumerable.Range(start, v - start).Any(t => tokens[t].IsWord);
            var participle = v > start && tokens[v - 1].Value == "," && tokens[v].Value.EndsWith("ing", StringComparison.Ordinal);
            var speaker = RelayedSubject(paragraph, start, v)
                ?? ResolveSpeaker(paragraph, start, v, last: !participle)
                ?? (subjectless ? ResolveSpeaker(paragraph, v + 1, open, last: false) : null);
            return speaker is null ? Attribution.None : Complete(paragraph, speaker, v, v + 1, open);
        }

        if ((InTheirWords(paragraph, start, open) ?? OwnedRemark(paragraph, start, open) ?? LinkedWords(paragraph, start, open)) is { } owner)
        {
            return new Attribution(owner, null, null, null, null);
        }

        if (open <= start || tokens[open - 1].Value != ":")
        {
            return Attribution.None;
        }

        // "She also had a message for crews: "…"": with no verb of speech, the subject opening the sentence speaks.
        var introduced = OnlyPersonNamed(paragraph, start, open - 1)
            ?? (MalePronouns.Contains(tokens[start].Value) || FemalePronouns.Contains(tokens[start].Value) ? ResolvePronoun(paragraph, start) : null)
            ?? StatementOwner(paragraph, start, open - 1);
        return introduced is null ? Attribution.None : new Attribution(introduced, null, null, null, null);
    }

    /// <summary>
    /// "Jo Bell said his wife had warned him: “…”", "The witness said Ann Lee told him: “…”": the verb before the quote
    /// is reported by someone else, and its own subject, right after the reporting verb, says the words; null when the
    /// words before the verb are no such report.
    /// </summary>
    private SpeakerRef? RelayedSubject(Paragraph paragraph, int start, int verb)
    {
        var tokens = paragraph.Tokens;
        var reporting = Enumerable.Range(start, Math.Max(0, verb - start)).LastOrDefault(t => IsVerbAt(tokens, t), -1);
        if (reporting < 0 || Enumerable.Range(reporting + 1, verb - reporting - 1).Any(t => !tokens[t].IsWord))
        {
            return null;
        }

        var subject = reporting + 1 < verb && tokens[reporting + 1].Is("that") ? reporting + 2 : reporting + 1;
        if (subject >= verb || tokens[subject].Is("by"))
        {
            return null;
        }

        var named = MentionsIn(paragraph, subject, verb).FirstOrDefault(m => m.Speaker.Kind == SpeakerKind.Person && m.Mention.LeadToken == subject);
        if (named.Mention is not null)
        {
            return named.Speaker;
        }

        // "he had told him" is left to the reading of the whole clause, which knows whom "he" after "the witness said" means.
        return NameWords.Possessives.Contains(tokens[subject].Value) ? PossessedSubject(paragraph, subject, verb) : null;
    }

    /// <summary>
    /// "Halden Water's statement: “…”", "the Halden Water Board's written reply:", "Tavora's spokesperson's email read:": with no
    /// verb of speech, whoever owns the statement the colon opens speaks (an organization through its spokesperson).
    /// </summary>
    private SpeakerRef? StatementOwner(Paragraph paragraph, int start, int colon)
    {
        const int mostWordsBetween = 4;
        var tokens = paragraph.Tokens;
        var noun = colon - 1 > start && tokens[colon - 1].Value is "read" or "reads" ? colon - 2 : colon - 1;
        if (noun <= start || !(StatementNouns.Contains(tokens[noun].Value) || WrittenNouns.Contains(tokens[noun].Value)))
        {
            return null;
        }

        var possessive = -1;
        for (var i = noun - 1; i > start && i >= noun - mostWordsBetween; i--)
        {
            if (tokens[i].Kind == TokenKind.Possessive)
            {
                possessive = i;
            }
            else if (!tokens[i].IsWord || tokens[i].IsCapitalized)
            {
                break;
            }
        }

        return possessive < 0 ? null : MentionsIn(paragraph, start, possessive).FirstOrDefault(m => m.Mention.EndToken == possessive).Speaker;
    }

    /// <summary>"…came home with, in her words, “…”", "in his own words": the quote is the words of whoever the pronoun means.</summary>
    private SpeakerRef? InTheirWords(Paragraph paragraph, int start, int open)
    {
        var tokens = paragraph.Tokens;
        for (var i = Math.Max(start, open - 5); i + 2 < open; i++)
        {
            var words = tokens[i + 2].Is("own") && i + 3 < open ? i + 3 : i + 2;
            if (tokens[i].Is("in") && tokens[words].Is("words") && PossessivePronoun(paragraph, i + 1) is { } owner)
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>"Her remark that “…”", "his warning: “…”": the words of whoever the pronoun before the noun of speech means.</summary>
    private SpeakerRef? OwnedRemark(Paragraph paragraph, int start, int open)
    {
        var tokens = paragraph.Tokens;
        var noun = open - 1 >= start && tokens[open - 1].Value is "that" or ":" or "," ? open - 2 : open - 1;
        return noun - 1 >= start && SpeechVerbs.IsSpeechVerb(tokens[noun].Value) ? PossessivePronoun(paragraph, noun - 1) : null;
    }

    /// <summary>"His reply was “…”", "Her message read: “…”": the words of whoever owns them, given by a verb that is no verb of speech.</summary>
    private SpeakerRef? LinkedWords(Paragraph paragraph, int start, int open)
    {
        var tokens = paragraph.Tokens;
        var verb = open - 1 > start && tokens[open - 1].Value is ":" or "," ? open - 2 : open - 1;
        return verb > start && OwnedWords.LinkingVerbs.Contains(tokens[verb].Value) ? OwnerOfWords(paragraph, start, verb) : null;
    }

    /// <summary>
    /// "His Facebook post said", "the minister's letter read", "Jo Bell's lawyer's email said": the possessor of the
    /// words the subject before <paramref name="verb"/> names, opening the clause or after its last comma ("On Monday,
    /// her statement said"); null when the subject is no one's words.
    /// </summary>
    private SpeakerRef? OwnerOfWords(Paragraph paragraph, int start, int verb)
    {
        var tokens = paragraph.Tokens;
        if ((OwnedWords.Possessor(tokens, start, verb) ?? OwnedWords.Possessor(tokens, AfterLastComma(tokens, start, verb), verb)) is not var (first, end))
        {
            return null;
        }

        if (end > first + 1 || tokens[end].Kind == TokenKind.Possessive)
        {
            return ResolveSpeaker(paragraph, first, end, last: false);
        }

        // Inside a quote "his" means whom the quote named before it, which the discourse outside quotes does not hold.
        return _quoted.Encloses(paragraph, first) ? null : PossessivePronoun(paragraph, first);
    }

    /// <summary>
    /// Whoever "his" or "her" at <paramref name="token"/> means: the owner of the words in "in her words" and of the
    /// remark in "Her remark that “…”".
    /// </summary>
    private SpeakerRef? PossessivePronoun(Paragraph paragraph, int token) =>
        paragraph.Tokens[token].Is("his") ? Discourse.Resolve(paragraph, token, Gender.Male)
        : paragraph.Tokens[token].Is("her") ? Discourse.Resolve(paragraph, token, Gender.Female)
        : null;

    private QuoteSpan? ScareQuoteClosedAt(Paragraph paragraph, int token) =>
        _scareQuotesByClose.GetValueOrDefault((paragraph, token));

    /// <summary>
    /// "Its director, Cristian Vlădescu, was more conciliatory when reached by phone: "…"": with no verb of speech,
    /// a colon hands the quote to the one person the sentence names (or to the one "she" or "he" opening it means).
    /// </summary>
    private SpeakerRef? OnlyPersonNamed(Paragraph paragraph, int start, int end)
    {
        var people = MentionsIn(paragraph, start, end)
            .Where(m => m.Speaker.Kind == SpeakerKind.Person && !IsPossessor(paragraph, m.Mention))
            .Select(m => m.Speaker)
            .Distinct()
            .ToList();
        return people.Count == 1 ? people[0] : null;
    }

    /// <summary>"“…” — Jane Doe, mayor of Springfield": a dash, then the speaker's name and nothing but an appositive.</summary>
    private SpeakerRef? SignedBy(Paragraph paragraph, int start, int end)
    {
        var first = MentionsIn(paragraph, start, end).FirstOrDefault();
        return first.Mention is not null && first.Mention.LeadToken <= start + 1 && !Enumerable.Range(start, end - start).Any(t => IsVerbAt(paragraph.Tokens, t))
            ? first.Speaker
            : null;
    }

    /// <summary>An attribution with the channel, intermediary and cited source read from the clause after the verb.</summary>
    private Attribution Complete(Paragraph paragraph, SpeakerRef speaker, int verb, int clauseStart, int clauseEnd)
    {
        var tokens = paragraph.Tokens;
        var channel = Channel(paragraph, verb, clauseStart, clauseEnd);
        var via = channel is not null && _entities.Organizations.FirstOrDefault(o => o.Name == channel)?.Kind == OrganizationKind.NewsOutlet
            ? channel
            : null;
        var verbText = verb >= 0 && verb < tokens.Count && tokens[verb].IsWord ? tokens[verb].Value.ToLowerInvariant() : null;
        return new Attribution(speaker, verbText == "according" ? "according to" : verbText, channel, via, CitedInClause(paragraph, clauseStart, clauseEnd));
    }

    private string? Channel(Paragraph paragraph, int verb, int start, int end)
    {
        var tokens = paragraph.Tokens;
        var mentions = MentionsIn(paragraph, start, end);
        var platform = mentions.FirstOrDefault(m => m.Mention.OrganizationKind == OrganizationKind.Platform && m.Speaker.Kind == SpeakerKind.Organization);
        if (platform.Mention is not null)
        {
            return platform.Speaker.Name;
        }

        if (verb >= 0 && verb < tokens.Count && SpeechVerbs.IsTellVerb(tokens[verb].Value))
        {
            var i = verb + 1;
            while (i < end && tokens[i].IsWord && !tokens[i].IsCapitalized && (_gazetteer.TitleWord(tokens[i].Value) is not null || NameWords.Determiners.Contains(tokens[i].Value) || tokens[i].Value is "outlet" or "military" or "news" or "site" or "website" or "newspaper" or "broadcaster"))
            {
                i++;
            }

            var told = mentions.FirstOrDefault(m => m.Mention.FirstToken == i && m.Speaker.Kind == SpeakerKind.Organization);
            if (told.Mention is not null)
            {
                return told.Speaker.Name;
            }

            if (i < end && tokens[i].IsWord && !tokens[i].IsCapitalized && tokens[i].Value.EndsWith('s'))
            {
                return tokens[i].Value;
            }
        }

        for (var i = start; i + 1 < end; i++)
        {
            if (tokens[i].Value is "interview" or "statement" or "conference" or "briefing" or "podcast" or "broadcast")
            {
                var with = mentions.FirstOrDefault(m => m.Mention.FirstToken > i && m.Speaker.Kind == SpeakerKind.Organization);
                return with.Mention is not null ? with.Speaker.Name : tokens[i].Value;
            }
        }

        return null;
    }

    private static SpeakerRef? CitedInQuote(QuoteSpan span)
    {
        var end = span.Last == span.First ? span.CloseToken : span.First.Tokens.Count;
        var description = AnonymousSources.Find(span.First, span.OpenToken + 1, end);
        return description is null ? null : new SpeakerRef(description, SpeakerKind.Anonymous);
    }

    private SpeakerRef? CitedInClause(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Value is "cited" or "citing" or "cites")
            {
                var description = AnonymousSources.Find(paragraph, i + 1, Math.Min(end, i + 10));
                if (description is not null)
                {
                    return new SpeakerRef(description, SpeakerKind.Anonymous);
                }

                var named = MentionsIn(paragraph, i + 1, end).FirstOrDefault();
                return named.Mention is null ? null : named.Speaker;
            }
        }

        return null;
    }

    /// <summary>The speaker named in tokens <paramref name="start"/>..<paramref name="end"/>: a person, a pronoun, a title, an organization, or an unnamed source.</summary>
    private SpeakerRef? ResolveSpeaker(Paragraph paragraph, int start, int end, bool last)
    {
        if (start >= end)
        {
            return null;
        }

        var tokens = paragraph.Tokens;
        if (OwnerOfWords(paragraph, start, end) is { } owner)
        {
            return owner;
        }

        var mentions = MentionsIn(paragraph, start, end);
        var people = Subjects(paragraph, mentions, SpeakerKind.Person);
        if (people.Count > 0 && !DescribedUnnamed(paragraph, start, end, people) && !PronounAfterAsides(paragraph, people, end))
        {
            if (PossessedPerson(paragraph, people, end) is { } unnamed)
            {
                return unnamed;
            }

            return (last && !InApposition(paragraph, people, start, end) ? people[^1] : people[0]).Speaker;
        }

        if (PossessedSubject(paragraph, start, end) is { } possessed)
        {
            return possessed;
        }

        if (UnnamedSpokesperson(paragraph, start, end) is { } organization)
        {
            return organization;
        }

        if (AnonymousSources.WithheldName(paragraph, start, end) is { } withheld)
        {
            // "One of them, who asked not to be named because he was not authorised to speak": the "he" is that one.
            return Unnamed(AnonymousSources.Find(paragraph, start, end) ?? withheld, paragraph, start);
        }

        if (AnonymousSources.BeforeAside(paragraph, start, end) is { } aside)
        {
            return Unnamed(aside, paragraph, start);
        }

        for (var i = last ? end - 1 : start; last ? i >= start : i < end; i += last ? -1 : 1)
        {
            // "It said", "It added that": an "it" opening the sentence right before the verb speaks; the "it" of a clause
            // ("The notice reached every house, and it warned") is as often the letter or the report the sentence is about.
            if (MalePronouns.Contains(tokens[i].Value) || FemalePronouns.Contains(tokens[i].Value) || tokens[i].Value is "They" or "they"
                || (i == end - 1 && tokens[i].Value == "It"))
            {
                return ReportingSubject(paragraph, start, i) ?? ResolvePronoun(paragraph, i);
            }
        }

        // "Asked about the statement, the company said": the description nearest the verb, after the clause before it.
        var clause = last ? AfterLastComma(tokens, start, end) : start;
        if (((clause > start ? DefiniteDescription(paragraph, clause, end) : null) ?? DefiniteDescription(paragraph, start, end)) is { } described)
        {
            return described;
        }

        var anonymous = AnonymousSources.Find(paragraph, start, end);
        if (anonymous is not null)
        {
            return Unnamed(anonymous, paragraph, start);
        }

        var organizations = Subjects(paragraph, mentions, SpeakerKind.Organization);
        return organizations.Count > 0 ? (last ? organizations[^1] : organizations[0]).Speaker : null;
    }

    /// <summary>
    /// "Asked by prosecutor Jo Bell what he did next, he said", "Asked whether he had told Ann Lee's lawyers, he said": the
    /// only people named ask or own something, and "he" or "she" after them is who speaks.
    /// </summary>
    private static bool PronounAfterAsides(Paragraph paragraph, List<(Mention Mention, SpeakerRef Speaker)> people, int end)
    {
        var tokens = paragraph.Tokens;
        return people.All(p => IsPossessor(paragraph, p.Mention) || IsAgent(paragraph, p.Mention))
            && Enumerable.Range(people[^1].Mention.EndToken, Math.Max(0, end - people[^1].Mention.EndToken))
                .Any(t => MalePronouns.Contains(tokens[t].Value) || FemalePronouns.Contains(tokens[t].Value));
    }

    /// <summary>How many lower-case words may describe a person after a possessor ("Jo Bell's former private secretary").</summary>
    private const int MaxPossessedWords = 3;

    /// <summary>
    /// "Jo Bell's former secretary said": where the only people named own the subject and it is a kind of person
    /// nobody in the article was introduced as, the speaker is unnamed, described so (or the relative set beside the word).
    /// </summary>
    private SpeakerRef? PossessedPerson(Paragraph paragraph, List<(Mention Mention, SpeakerRef Speaker)> people, int end)
    {
        var owner = people[^1].Mention;
        if (!people.All(p => IsPossessor(paragraph, p.Mention)))
        {
            return null;
        }

        var tokens = paragraph.Tokens;
        var last = owner.EndToken;
        for (var t = owner.EndToken + 1; t < end && t - owner.EndToken <= MaxPossessedWords && tokens[t].IsWord && !tokens[t].IsCapitalized; t++)
        {
            last = t;
        }

        if (last == owner.EndToken || (last + 1 < end && tokens[last + 1].Value != ",") || !IsPersonNoun(tokens[last].Value)
            || _epithets.IntroducedSince(tokens[last].Value, 0, paragraph, owner.FirstToken))
        {
            return null;
        }

        return Discourse.Relative(tokens[last].Value) ?? new SpeakerRef(paragraph.Slice(owner.FirstToken, last + 1), SpeakerKind.Anonymous);
    }

    /// <summary>
    /// "Marcus Lee, son of the accused Tan Boon Hock, told …", "… came when Jo Bell, counsel for Ann Lee, objected": the
    /// first name has an apposition that runs to the verb, and the others named are in it.
    /// </summary>
    private static bool InApposition(Paragraph paragraph, List<(Mention Mention, SpeakerRef Speaker)> people, int start, int end)
    {
        var tokens = paragraph.Tokens;
        var first = people[0].Mention;
        return people.Count > 1 && first.EndToken + 1 < end - 1 && tokens[first.EndToken].Value == "," && tokens[end - 1].Value == ","
            && people[1].Mention.FirstToken > first.EndToken
            && !Enumerable.Range(first.EndToken + 1, end - first.EndToken - 2).Any(t => tokens[t].Value == ",");
    }

    /// <summary>
    /// "The witness said he had kept a diary in which he wrote “…”": a pronoun after the verb of speech of a clause
    /// whose subject is a description means that subject, the one reporting; null when the clause has no such verb.
    /// </summary>
    private SpeakerRef? ReportingSubject(Paragraph paragraph, int start, int pronoun)
    {
        var tokens = paragraph.Tokens;
        var verb = Enumerable.Range(start, Math.Max(0, pronoun - start)).FirstOrDefault(t => IsVerbAt(tokens, t), -1);
        if (verb <= start || !tokens[start].Is("the"))
        {
            return null;
        }

        var gender = MalePronouns.Contains(tokens[pronoun].Value) ? Gender.Male : FemalePronouns.Contains(tokens[pronoun].Value) ? Gender.Female : Gender.Unknown;
        return gender != Gender.Unknown && DefiniteDescription(paragraph, start, AppositionEnd(tokens, start, verb)) is { Kind: SpeakerKind.Person } subject
            && Discourse.Fits(subject.Name, gender)
            ? subject
            : null;
    }

    /// <summary>Where the subject opening at <paramref name="start"/> ends: at its first comma, or at the verb.</summary>
    private static int AppositionEnd(IReadOnlyList<Token> tokens, int start, int verb)
    {
        for (var t = start + 1; t < verb; t++)
        {
            if (tokens[t].Value == ",")
            {
                return t;
            }
        }

        return verb;
    }

    /// <summary>
    /// The people or organizations a clause names that may be its subject: not a possessor ("X, who was at Y's party,
    /// said") nor the agent of a passive ("X, when asked by the Daily, said"), unless no other is named.
    /// </summary>
    private static List<(Mention Mention, SpeakerRef Speaker)> Subjects(Paragraph paragraph, List<(Mention Mention, SpeakerRef Speaker)> mentions, SpeakerKind kind)
    {
        var named = mentions.Where(m => m.Speaker.Kind == kind).ToList();
        if (named.Count > 1 && named.Any(m => !IsPossessor(paragraph, m.Mention) && !IsAgent(paragraph, m.Mention)))
        {
            named.RemoveAll(m => IsPossessor(paragraph, m.Mention) || IsAgent(paragraph, m.Mention));
        }

        return named;
    }

    /// <summary>The token after the last comma of tokens <paramref name="start"/>..<paramref name="end"/> with words after it, else <paramref name="start"/>.</summary>
    private static int AfterLastComma(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = end - 2; i > start; i--)
        {
            if (tokens[i].Value == ",")
            {
                return i + 1;
            }
        }

        return start;
    }

    /// <summary>
    /// "One heartbroken Rovers fan", "somebody who signs himself Rovers Fan 99", "a source close to Jo Bell": every
    /// name the words give is part of an unnamed source's description, so none of them speaks.
    /// </summary>
    private static bool DescribedUnnamed(Paragraph paragraph, int start, int end, List<(Mention Mention, SpeakerRef Speaker)> people) =>
        AnonymousSources.Find(paragraph, start, end) is { } description
        && people.All(p => description.Contains(p.Mention.Surface, StringComparison.Ordinal));

    /// <summary>
    /// "Her husband said", "…," his coach said: a possessive before a family word or a kind of person is not "she" or
    /// "he" but that relative: the one the article named beside the word ("her husband, Tom Lee"), else an unnamed source.
    /// </summary>
    private SpeakerRef? PossessedSubject(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        if (end - start < 2 || !NameWords.Possessives.Contains(tokens[start].Value) || !tokens[start + 1].IsWord || tokens[start + 1].IsCapitalized
            || !Enumerable.Range(start + 2, end - start - 2).All(t => SubjectFillers.Contains(tokens[t].Value)))
        {
            return null;
        }

        var noun = tokens[start + 1].Value;
        if (!PersonNouns.IsRelativeOrSourceNoun(noun))
        {
            return null;
        }

        return Discourse.Relative(noun) ?? OwnedSource(tokens[start].Value, noun, speaker: null);
    }

    /// <summary>
    /// "A spokesperson for the Harwick Water Authority", "a spokeswoman for the agency", "analysts at Dune Capital", "a
    /// spokesperson" alone: a spokesperson the article does not name speaks for the organization (one it names is a
    /// person, found before this).
    /// </summary>
    private SpeakerRef? UnnamedSpokesperson(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        for (var i = start; i < end; i++)
        {
            if (!SpokespersonNouns.Contains(tokens[i].Value))
            {
                continue;
            }

            if (AnonymousSources.Find(paragraph, start, i + 1) is { } description && _laterNamed.Of(description, paragraph, start) is { } spokesperson)
            {
                // "A spokeswoman for the ministry said …" before "The spokeswoman, Ana Ruiz, …": hers, not the ministry's.
                return spokesperson;
            }

            if (i + 2 >= end || tokens[i + 1].Value is not ("for" or "of" or "at"))
            {
                if (BareSpokesperson(paragraph, start, i) is { } organization)
                {
                    return organization;
                }

                continue;
            }

            var first = tokens[i + 2].Is("the") ? i + 3 : i + 2;
            var named = MentionsIn(paragraph, first, end).FirstOrDefault(m => m.Mention.FirstToken == first && m.Speaker.Kind == SpeakerKind.Organization);
            return named.Mention is not null
                ? named.Speaker
                : DefiniteDescription(paragraph, i + 2, Math.Min(end, i + 4)) is { Kind: SpeakerKind.Organization } described ? described : null;
        }

        return null;
    }

    /// <summary>An unnamed source described at that place, or the person the article names it as further on (<see cref="LaterNamedSources"/>).</summary>
    private SpeakerRef Unnamed(string description, Paragraph paragraph, int token) =>
        _laterNamed.Of(description, paragraph, token) ?? new SpeakerRef(description, SpeakerKind.Anonymous);

    /// <summary>
    /// "a spokesperson said", "a company spokeswoman said": a spokesperson of nobody in particular speaks for the
    /// organization the story named last (of the sort a word before the noun gives), never for a news outlet.
    /// </summary>
    private SpeakerRef? BareSpokesperson(Paragraph paragraph, int start, int noun)
    {
        var tokens = paragraph.Tokens;
        var article = noun - 1 >= start && tokens[noun - 1].Value is "a" or "A" or "an" or "An" ? noun - 1 : noun - 2;
        if (tokens[noun].Value == "analysts" || article < start || tokens[article].Value is not ("a" or "A" or "an" or "An"))
        {
            return null;
        }

        var kind = article == noun - 2 ? NameWords.OrganizationTypeNouns.KindOf(tokens[noun - 1].Value) : OrganizationKind.Other;
        var named = LastOrganizationBefore(paragraph, article, kind);
        return named.Mention is null ? null : new SpeakerRef(named.Organization, SpeakerKind.Organization);
    }

    /// <summary>
    /// "he" or "she": the person the discourse was last about whose gender fits, other than whoever holds the floor
    /// there in a transcript; "they" or "it": the organization named last.
    /// </summary>
    private SpeakerRef? ResolvePronoun(Paragraph paragraph, int token)
    {
        var pronoun = paragraph.Tokens[token].Value;
        if (pronoun.Equals("they", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            var organization = LastOrganizationBefore(paragraph, token);
            return organization.Mention is null ? null : new SpeakerRef(organization.Organization, SpeakerKind.Organization);
        }

        var gender = MalePronouns.Contains(pronoun) ? Gender.Male : Gender.Female;
        // In a turn the one who holds the floor says "I": "she" and "he" are someone else.
        return DescribedBefore(paragraph, token, gender) ?? Discourse.Resolve(paragraph, token, gender, excluded: _turns.Voice(paragraph));
    }

    /// <summary>
    /// "More from the minister's briefing. Asked …, she said": in a paragraph that names no one before the pronoun, a
    /// title described with "the" before it is whom the pronoun means, when one person holds that title and may be so called.
    /// </summary>
    private SpeakerRef? DescribedBefore(Paragraph paragraph, int token, Gender gender)
    {
        if (MentionsIn(paragraph, 0, token).Any(m => m.Speaker.Kind == SpeakerKind.Person))
        {
            return null;
        }

        var tokens = paragraph.Tokens;
        for (var i = token - 2; i >= 0; i--)
        {
            if (tokens[i].Is("the") && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized
                && _gazetteer.TitleWord(tokens[i + 1].Value) is TitleWordKind.Role or TitleWordKind.Office
                && RoleHolder(tokens[i + 1].Value, paragraph, i) is { } holder && Discourse.Fits(holder, gender))
            {
                return new SpeakerRef(holder, SpeakerKind.Person);
            }
        }

        return null;
    }

    /// <summary>
    /// The organization named last before that place, in the narrative (not inside a quote), at most two paragraphs
    /// back, of the sort a description names, where it names one: "the newspaper said" an outlet (so that a dateline's
    /// agency is not "the bank"), "the company said" a company or an organization of no known sort, never a ministry.
    /// </summary>
    private (Mention Mention, string Organization) LastOrganizationBefore(Paragraph paragraph, int token, OrganizationKind? described = null) =>
        _entities.OrganizationMentions.LastOrDefault(m => Before(m.Mention, paragraph, token) && paragraph.Index - m.Mention.Paragraph.Index <= 2 && !InsideQuote(m.Mention)
            && (described is null || IsOfKind(m.Mention.OrganizationKind, described.Value)));

    private static bool IsOfKind(OrganizationKind named, OrganizationKind described) =>
        described == OrganizationKind.NewsOutlet
            ? named == OrganizationKind.NewsOutlet
            : named != OrganizationKind.NewsOutlet && (described == OrganizationKind.Other || named == described || named == OrganizationKind.Other);

    private static bool Before(Mention mention, Paragraph paragraph, int token) =>
        mention.Paragraph.Index < paragraph.Index || (mention.Paragraph == paragraph && mention.EndToken <= token);

    private bool InsideQuote(Mention mention) => _quoted.Holds(mention);

    /// <summary>
    /// "the minister", "the ministry", "the company", "the official": the person whose role has that word (the one
    /// named or quoted last, when several have), the one organization whose name has it, the organization named last
    /// for a noun of organization type, the unnamed source introduced earlier with that noun, or, for a kind of person
    /// ("the family", "the nurse"), the relative named beside the word or someone unnamed.
    /// </summary>
    private SpeakerRef? DefiniteDescription(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        for (var i = start; i + 1 < end; i++)
        {
            if (!tokens[i].Is("the"))
            {
                continue;
            }

            var noun = tokens[i + 1].Value;
            if (MentionsIn(paragraph, i + 1, end).Any(m => m.Mention.FirstToken == i + 1 && m.Speaker.Kind != SpeakerKind.Person))
            {
                // "The Rail Delivery Group said": a name, not a description; but "the Rovers skipper" describes a person.
                if (_epithets.Resolve(paragraph, i, end, Discourse) is { } player)
                {
                    return player;
                }

                continue;
            }

            if ((WrittenNouns.Contains(noun) || StatementNouns.Contains(noun)) && WrittenBy(noun, paragraph, i) is { } author)
            {
                // "The email said" after "an email from Runa Solberg".
                return author;
            }

            if (_gazetteer.TitleWord(noun) is not null && RoleHolder(noun, paragraph, i) is { } holder)
            {
                // "the official" after "A senior official, who spoke on condition of anonymity, said …": the unnamed one,
                // when introduced since the named official was last mentioned.
                return _unnamedSources.Before(noun, paragraph, i) is { } since && since.Paragraph > LastMentioned(holder, paragraph, i)
                    ? Unnamed(since.Description, _bodyByIndex[since.Paragraph], 0)
                    : new SpeakerRef(holder, SpeakerKind.Person);
            }

            var organizations = _entities.Organizations
                .Where(o => o.Name.Split(' ').Any(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (organizations.Count == 1 && OrganizationHeads.KindOf(char.ToUpperInvariant(noun[0]) + noun[1..]) is not null)
            {
                return new SpeakerRef(organizations[0].Name, SpeakerKind.Organization);
            }

            var lower = noun.ToLowerInvariant();
            if ((NameWords.OrganizationTypeNouns.Contains(lower) || StatementNouns.Contains(noun))
                && LastOrganizationBefore(paragraph, i, NameWords.OrganizationTypeNouns.KindOf(lower)) is { Mention: not null } named)
            {
                // "the company said", "the statement reads": the organization named last.
                return new SpeakerRef(named.Organization, SpeakerKind.Organization);
            }

            if (_unnamedSources.Before(noun, paragraph, i) is { } source && !_epithets.IntroducedSince(noun, source.Paragraph, paragraph, i))
            {
                return Unnamed(source.Description, _bodyByIndex[source.Paragraph], 0);
            }

            if (PersonNouns.IsRelativeOrSourceNoun(noun))
            {
                // "the family said", "the nurse said": the relative the article named beside the word, the person it
                // introduced with it ("Dr Ana Lima" for "the doctor"), else someone unnamed.
                return Discourse.Relative(noun)
                    ?? (Kinship.IsFamilyWord(noun) ? null : _epithets.Resolve(paragraph, i, end, Discourse))
                    ?? new SpeakerRef(paragraph.Slice(i, i + 2), SpeakerKind.Anonymous);
            }

            if (_epithets.Resolve(paragraph, i, end, Discourse) is { } described)
            {
                // "the veteran skipper", "the 34-year-old": the person the article introduced so, or talked about last.
                return described;
            }
        }

        return null;
    }

    /// <summary>
    /// Who a document is from: the person or organization named within a few words after "&lt;noun&gt; from" ("an email
    /// from chief executive Runa Solberg") earlier in the paragraph or in the two before it; the nearest such.
    /// </summary>
    private SpeakerRef? WrittenBy(string noun, Paragraph paragraph, int token)
    {
        foreach (var earlier in new[] { paragraph.Index, paragraph.Index - 1, paragraph.Index - 2 }.Select(_bodyByIndex.GetValueOrDefault).OfType<Paragraph>())
        {
            var tokens = earlier.Tokens;
            var end = earlier == paragraph ? token : tokens.Count;
            for (var i = end - 2; i >= 0; i--)
            {
                if (tokens[i].Value.Equals(noun, StringComparison.OrdinalIgnoreCase) && tokens[i + 1].Is("from")
                    && MentionsIn(earlier, i + 2, Math.Min(tokens.Count, i + 2 + MaxWordsToAuthor)).FirstOrDefault() is { Mention: not null } author)
                {
                    return author.Speaker;
                }
            }
        }

        return null;
    }

    /// <summary>How far after "from" the name of a document's author may end ("from chief executive Runa Solberg").</summary>
    private const int MaxWordsToAuthor = 5;

    private string? RoleHolder(string noun, Paragraph paragraph, int token)
    {
        var holders = _entities.People
            .Where(p => p.Roles.Any(r => r.Title.Split(' ').Any(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase))))
            .Select(p => p.Name)
            .ToList();
        if (holders.Count <= 1)
        {
            return holders.FirstOrDefault();
        }

        return Discourse.MostRecent(holders, paragraph, token);
    }

    /// <summary>The index of the last paragraph before that place that names <paramref name="person"/>, or -1.</summary>
    private int LastMentioned(string person, Paragraph paragraph, int token) =>
        _entities.PersonMentions.Where(m => m.Person == person && Before(m.Mention, paragraph, token)).Select(m => m.Mention.Paragraph.Index).DefaultIfEmpty(-1).Max();

    /// <summary>"X, who was at Y's party, said": of the people a clause names, a possessor is not who speaks.</summary>
    private static bool IsPossessor(Paragraph paragraph, Mention mention) =>
        mention.EndToken < paragraph.Tokens.Count && paragraph.Tokens[mention.EndToken].Kind == TokenKind.Possessive;

    /// <summary>How many lower-case words may stand between "by" and the agent's name ("by the deputy public prosecutor Ana Lima").</summary>
    private const int MaxWordsBeforeAgent = 4;

    /// <summary>"X, asked by Y whether …, said", "asked by the Daily", "asked by prosecutor Y": the agent of a passive asked; the subject answers.</summary>
    private static bool IsAgent(Paragraph paragraph, Mention mention)
    {
        var tokens = paragraph.Tokens;
        var before = mention.LeadToken - 1;
        while (before > 0 && mention.LeadToken - before <= MaxWordsBeforeAgent && tokens[before].IsWord && !tokens[before].IsCapitalized && !tokens[before].Is("by")
            && !ClauseOpeners.Contains(tokens[before].Value))
        {
            before--;
        }

        return before >= 0 && tokens[before].Is("by");
    }

    /// <summary>The mentions within tokens <paramref name="start"/>..<paramref name="end"/>, found from where they open, not by reading the paragraph's every mention.</summary>
    private List<(Mention Mention, SpeakerRef Speaker)> MentionsIn(Paragraph paragraph, int start, int end)
    {
        var within = new List<(Mention Mention, SpeakerRef Speaker)>();
        if (_byParagraph.TryGetValue(paragraph, out var mentions))
        {
            for (var i = SortedSearch.CountBefore(mentions, m => m.Mention.FirstToken < start); i < mentions.Count && mentions[i].Mention.FirstToken <= end; i++)
            {
                if (mentions[i].Mention.EndToken <= end)
                {
                    within.Add(mentions[i]);
                }
            }
        }

        return within;
    }

    private bool SubjectStartsAt(Paragraph paragraph, int start, int verb) =>
        MentionsIn(paragraph, start, verb).Any(m => m.Mention.LeadToken <= start + 1)
        || MalePronouns.Contains(paragraph.Tokens[start].Value) || FemalePronouns.Contains(paragraph.Tokens[start].Value);

    /// <summary>
    /// A speech verb used as a verb ("said", "as she put it"), not as a noun ("a report", "his claims") and not
    /// negated ("did not respond", "declined to comment") — by words of its own clause, not the last word of a quote
    /// ("“Certainly not,” said X").
    /// </summary>
    private static bool IsVerbAt(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsWord
        && (SpeechVerbs.IsSpeechVerb(tokens[i].Value) || (tokens[i].Is("put") && i + 1 < tokens.Count && tokens[i + 1].Is("it")))
        && !(i > 0 && NounMarkers.Contains(tokens[i - 1].Value))
        && !IsPlatformNoun(tokens, i)
        && !Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(t => Negations.Contains(tokens[t].Value)
            && !Enumerable.Range(t + 1, i - t - 1).Any(q => tokens[q].Kind == TokenKind.Quote));

    /// <summary>Words that name what is put on a platform as well as the act of putting it there.</summary>
    private static readonly HashSet<string> PostingNouns = new(StringComparer.OrdinalIgnoreCase) { "post", "posts", "tweet", "tweets", "message", "messages", "text", "texts", "comment", "comments", "email", "emails" };

    /// <summary>"a Facebook post", "the WhatsApp message": a name between a determiner and the word makes it a noun.</summary>
    private static bool IsPlatformNoun(IReadOnlyList<Token> tokens, int i) =>
        i > 1 && PostingNouns.Contains(tokens[i].Value) && tokens[i - 1].IsCapitalized && NounMarkers.Contains(tokens[i - 2].Value);

    /// <summary>Words that open a clause of its own: "by what Jo Bell calls" makes her no agent of "by".</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
        { "what", "who", "whom", "whose", "which", "that", "how", "when", "where", "whether", "why" };

    private static readonly HashSet<string> ContrastingConjunctions = new(StringComparer.OrdinalIgnoreCase)
        { "but", "while", "whereas", "although", "though", "yet" };

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
        { "would", "will", "could", "may", "might", "should", "shall", "can", "must" };

    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase)
        { "not", "n't", "never", "declined", "refused", "failed", "didn't", "doesn't", "won't", "wouldn't", "couldn't", "cannot" };

    /// <summary>The token after "according to" in the range, or null.</summary>
    private static int? AccordingTo(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start; i + 2 < end; i++)
        {
            if (tokens[i].Is("according") && tokens[i + 1].Is("to"))
            {
                return i + 2;
            }
        }

        return null;
    }
}
