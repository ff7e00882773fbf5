using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Who the article has been talking about, in order: people named outside quotation marks (not as the object of a
/// preposition: "directed by X" does not make X the topic), unnamed sources that open a sentence, and the speakers
/// of the quotes attributed so far; never the writer a byline names. A pronoun refers to the most recent of them whose gender fits.
/// </summary>
internal sealed class Discourse
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "of", "with", "for", "about", "against", "at", "in", "on", "like", "than", "toward", "towards",
        "into", "onto", "including", "among", "between", "under", "over", "after", "before", "behind", "beside", "besides", "via", "per",
    };

    /// <summary>Relative pronouns: "X, who represents Y, declined": Y is the object of a clause about X, not its topic.</summary>
    private static readonly HashSet<string> RelativePronouns = new(StringComparer.OrdinalIgnoreCase) { "who", "whom", "which" };

    internal static readonly HashSet<string> FormsOfBe = new(StringComparer.OrdinalIgnoreCase) { "is", "was", "are", "were" };

    private readonly List<(int Paragraph, int Token, SpeakerRef Speaker)> _references;

    // The speakers of the quotes attributed so far, in text order: kept apart from the references so that recording
    // one is a search and an insertion near the end, not a shift of every reference after it.
    private readonly List<(int Paragraph, int Token, SpeakerRef Speaker)> _speakers = [];
    private readonly Dictionary<string, Gender> _genders;
    private readonly Dictionary<string, string> _relatives;

    public Discourse(ArticleEntities entities, Gazetteer gazetteer, IReadOnlyList<Paragraph> body, QuotedRegions quoted)
    {
        bool InsideQuote(Mention m) => quoted.Holds(m);
        bool Quoted(Paragraph paragraph, int token) => quoted.Encloses(paragraph, token);
        var peopleBySentence = entities.PersonMentions.ToLookup(p => (p.Mention.Paragraph, p.Mention.Paragraph.SentenceOf(p.Mention.FirstToken)));
        var sentenceHasSubject = new Dictionary<(Paragraph, Sentence), bool>();
        bool HasSubject(Mention m)
        {
            var sentence = (m.Paragraph, m.Paragraph.SentenceOf(m.FirstToken));
            if (!sentenceHasSubject.TryGetValue(sentence, out var has))
            {
                sentenceHasSubject[sentence] = has = SentenceHasSubject(sentence.Item1, sentence.Item2, peopleBySentence[sentence]);
            }

            return has;
        }

        _relatives = Relatives(entities);
        _references = entities.PersonMentions
            .Where(m => !InsideQuote(m.Mention) && !(AfterPreposition(m.Mention) && HasSubject(m.Mention))
                && m.Mention.Paragraph.Kind != ParagraphKind.Byline)
            .Select(m => (m.Mention.Paragraph.Index, m.Mention.FirstToken, new SpeakerRef(m.Person, SpeakerKind.Person)))
            .Concat(UnnamedSubjects(body, Quoted))
            .Concat(RelativeSubjects(_relatives, body, Quoted))
            .OrderBy(r => (r.Item1, r.Item2))
            .ToList();
        _genders = PersonGenders.Infer(entities, gazetteer, InsideQuote);
    }

    /// <summary>
    /// "A nurse at the hospital, who asked not to be named, says…": an unnamed source opening a sentence is talked about
    /// too, unless the sentence is someone's quoted words ("It needs people to eat there.").
    /// </summary>
    private static IEnumerable<(int, int, SpeakerRef)> UnnamedSubjects(IReadOnlyList<Paragraph> body, Func<Paragraph, int, bool> quoted)
    {
        foreach (var paragraph in body)
        {
            foreach (var sentence in paragraph.Sentences.Where(s => paragraph.Tokens[s.FirstToken].IsWord && !quoted(paragraph, s.FirstToken)))
            {
                if (AnonymousSources.Find(paragraph, sentence.FirstToken, Math.Min(sentence.EndToken, sentence.FirstToken + 4)) is { } description
                    && description.StartsWith(paragraph.Tokens[sentence.FirstToken].Value, StringComparison.Ordinal) && !AnonymousSources.IsPost(description))
                {
                    var full = AnonymousSources.Find(paragraph, sentence.FirstToken, sentence.EndToken) ?? description;
                    yield return (paragraph.Index, sentence.FirstToken, new SpeakerRef(full, SpeakerKind.Anonymous));
                }
            }
        }
    }

    /// <summary>
    /// "Her husband was more cautious.": a sentence opening with a possessive and a family word talks about the one
    /// person the article set beside that word ("her husband, Mikael Lind").
    /// </summary>
    private static IEnumerable<(int, int, SpeakerRef)> RelativeSubjects(Dictionary<string, string> relatives, IReadOnlyList<Paragraph> body, Func<Paragraph, int, bool> quoted)
    {
        if (relatives.Count == 0)
        {
            yield break;
        }

        foreach (var paragraph in body)
        {
            foreach (var sentence in paragraph.Sentences.Where(s => s.FirstToken + 1 < s.EndToken && !quoted(paragraph, s.FirstToken)))
            {
                var tokens = paragraph.Tokens;
                if (tokens[sentence.FirstToken].Value is "His" or "Her" or "Their"
                    && relatives.TryGetValue(Kinship.Formal(tokens[sentence.FirstToken + 1].Value), out var person))
                {
                    yield return (paragraph.Index, sentence.FirstToken, new SpeakerRef(person, SpeakerKind.Person));
                }
            }
        }
    }

    /// <summary>
    /// The one person the article set beside a family word ("her husband, Mikael Lind" for "husband", "her mother, Ana
    /// Lind" for "mum"), or null, as for any word that names no relative.
    /// </summary>
    public SpeakerRef? Relative(string familyWord) =>
        _relatives.TryGetValue(Kinship.Formal(familyWord), out var person) ? new SpeakerRef(person, SpeakerKind.Person) : null;

    private static Dictionary<string, string> Relatives(ArticleEntities entities) =>
        entities.PersonMentions
            .Select(m => (Word: Kinship.AppositiveWord(m.Mention), m.Person))
            .Where(r => r.Word is not null)
            .GroupBy(r => r.Word!, StringComparer.Ordinal)
            .Where(g => g.Select(r => r.Person).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Person, StringComparer.Ordinal);

    /// <summary>Records that <paramref name="speaker"/> said the quote opening at that place.</summary>
    public void Said(QuoteSpan span, SpeakerRef speaker)
    {
        if (speaker.Kind != SpeakerKind.Organization)
        {
            var at = (span.First.Index, span.OpenToken, speaker);
            _speakers.Insert(SortedSearch.CountBefore(_speakers, r => Place(r).CompareTo((at.Index, at.OpenToken)) <= 0), at);
        }
    }

    /// <summary>
    /// Who "he" (male) or "she" (female) at that place refers to: a person, or one unnamed source (not "officials"),
    /// other than <paramref name="excluded"/>.
    /// </summary>
    public SpeakerRef? Resolve(Paragraph paragraph, int token, Gender gender, SpeakerRef? excluded = null) =>
        Before(paragraph, token).FirstOrDefault(r => r != excluded && (r.Kind == SpeakerKind.Anonymous ? !AnonymousSources.IsPlural(r.Name) : Fits(r.Name, gender)));

    /// <summary>The person referred to last before that place whose gender fits, any gender when it is not known.</summary>
    public SpeakerRef? LastPerson(Paragraph paragraph, int token, Gender gender) =>
        Before(paragraph, token).FirstOrDefault(r => r.Kind == SpeakerKind.Person && (gender == Gender.Unknown || Fits(r.Name, gender)));

    /// <summary>The last of <paramref name="people"/> referred to before that place.</summary>
    public string? MostRecent(IReadOnlyCollection<string> people, Paragraph paragraph, int token) =>
        Before(paragraph, token).FirstOrDefault(r => r.Kind == SpeakerKind.Person && people.Contains(r.Name))?.Name;

    /// <summary>
    /// The references before that place, the last first; of a reference and a quote's speaker at the same place, the
    /// speaker (recorded later) comes first.
    /// </summary>
    private IEnumerable<SpeakerRef> Before(Paragraph paragraph, int token)
    {
        var place = (paragraph.Index, token);
        var reference = SortedSearch.CountBefore(_references, r => Place(r).CompareTo(place) < 0);
        var speaker = SortedSearch.CountBefore(_speakers, r => Place(r).CompareTo(place) < 0);
        while (reference > 0 || speaker > 0)
        {
            var speakerIsLater = speaker > 0 && (reference == 0 || Place(_speakers[speaker - 1]).CompareTo(Place(_references[reference - 1])) >= 0);
            yield return speakerIsLater ? _speakers[--speaker].Speaker : _references[--reference].Speaker;
        }
    }

    private static (int Paragraph, int Token) Place((int Paragraph, int Token, SpeakerRef Speaker) reference) => (reference.Paragraph, reference.Token);

    /// <summary>Whether <paramref name="person"/> may be called by a pronoun of <paramref name="gender"/>: theirs, or one not known.</summary>
    public bool Fits(string person, Gender gender)
    {
        var known = _genders.GetValueOrDefault(person, Gender.Unknown);
        return known == Gender.Unknown || known == gender;
    }

    /// <summary>
    /// Whether <paramref name="sentence"/>, holding a mention after a preposition, has a person to talk about other than the one after a
    /// preposition: another person named outside one, or "he" or "she" ("In the film, directed by X, she plays…").
    /// "A video posted by X shows…" has none, so X stays the one the next "he" may mean.
    /// </summary>
    /// <remarks>
    /// Asked only for a mention after a preposition, which is thus never the other person; answered once per sentence
    /// from the people named in it, as a sentence of thousands of "said by X" would otherwise read itself for each.
    /// </remarks>
    private static bool SentenceHasSubject(Paragraph paragraph, Sentence sentence, IEnumerable<(Mention Mention, string Person)> sentencePeople) =>
        sentencePeople.Any(p => !AfterPreposition(p.Mention))
        || Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken).Any(t => paragraph.Tokens[t].Value is "he" or "He" or "she" or "She");

    /// <summary>
    /// "by the Mexican filmmaker X", "who represents X": a preposition or a relative pronoun and its verb within the few
    /// words before the name, with no punctuation between; but not across a form of "be" ("Among the mothers was X": X is the subject of an inverted sentence).
    /// </summary>
    private static bool AfterPreposition(Mention mention)
    {
        var tokens = mention.Paragraph.Tokens;
        var sentence = mention.Paragraph.SentenceOf(mention.LeadToken);
        for (var t = mention.LeadToken - 1; t >= Math.Max(sentence.FirstToken, mention.LeadToken - 5) && (tokens[t].IsWord || tokens[t].Kind == TokenKind.Possessive); t--)
        {
            if (FormsOfBe.Contains(tokens[t].Value))
            {
                return false;
            }

            if (Prepositions.Contains(tokens[t].Value) || (RelativePronouns.Contains(tokens[t].Value) && t < mention.LeadToken - 1))
            {
                return true;
            }
        }

        return false;
    }
}
