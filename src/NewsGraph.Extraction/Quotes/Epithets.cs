using System.Collections.Frozen;
using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Descriptions that stand for a person the article has named, as sports pages and tabloids write them: "the veteran
/// skipper", "the Kiwi quick", "the 34-year-old", "the doctor" after "Dr Ana Lima". The person is the one the article
/// introduced with those words ("Rovers skipper Jo Bell", "Ana Lima, 34,", "Jo Bell, a veteran of ten seasons"); a
/// word that only ever names a person ("the 34-year-old", "the skipper") with no such introduction means the person
/// the article talked about last.
/// </summary>
internal sealed class Epithets
{
    private readonly Gazetteer _gazetteer;

    /// <summary>How many words before a name may introduce it ("Deccan Rovers club captain Jo Bell").</summary>
    private const int WordsBeforeName = 4;

    /// <summary>How many words of an apposition after a name may introduce it ("Jo Bell, the club's most capped player,").</summary>
    private const int WordsAfterName = 10;

    /// <summary>How many words a description may have between "the" and its head ("the evergreen Kiwi quick").</summary>
    private const int MaxDescriptionWords = 4;

    /// <summary>How many of the people last introduced with a word may be meant by it.</summary>
    private const int MaxCandidates = 4;

    /// <summary>Nouns that only ever describe a person, as sports and popular papers call players, bosses and stars.</summary>
    private static readonly FrozenSet<string> PersonNouns = FrozenSet.ToFrozenSet(
    [
        "skipper", "captain", "veteran", "star", "ace", "youngster", "teenager", "rookie", "boss", "supremo", "gaffer",
        "queen", "king", "hero", "heroine", "legend", "champion", "winner", "striker", "forward", "winger", "defender",
        "midfielder", "goalkeeper", "keeper", "batter", "batsman", "bowler", "quick", "paceman", "spinner", "all-rounder",
        "opener", "sprinter", "runner", "rider", "swimmer", "skier", "climber", "boxer", "fighter", "jockey", "golfer",
        "player", "singer", "actor", "actress", "rapper", "comedian", "presenter", "chef", "billionaire",
        "tycoon", "mogul", "millionaire", "influencer", "politician", "newcomer", "debutant", "man", "woman",
        "girl", "boy", "lad", "mum", "dad", "grandmother", "grandfather", "pensioner", "widow", "widower", "brunette",
        "blonde", "stalwart", "maverick", "firebrand", "centenarian", "octogenarian", "nonagenarian",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FemaleNouns = FrozenSet.ToFrozenSet(
        ["queen", "heroine", "actress", "woman", "girl", "mum", "grandmother", "widow", "brunette", "blonde"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MaleNouns = FrozenSet.ToFrozenSet(
        ["king", "hero", "man", "boy", "lad", "dad", "grandfather", "widower", "batsman", "paceman"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles and the nouns a later description uses for them ("Dr Ana Lima" … "the doctor", "Justice Ana Lima" … "the judge").</summary>
    private static readonly FrozenDictionary<string, string> TitleNouns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Dr"] = "doctor",
        ["Prof"] = "professor",
        ["Gen"] = "general",
        ["Sen"] = "senator",
        ["Rep"] = "representative",
        ["Insp"] = "inspector",
        ["Supt"] = "superintendent",
        ["Det"] = "detective",
        ["Sgt"] = "sergeant",
        ["Capt"] = "captain",
        ["Cpl"] = "corporal",
        ["Lt"] = "lieutenant",
        ["Col"] = "colonel",
        ["Coun"] = "councillor",
        ["Cllr"] = "councillor",
        ["Gov"] = "governor",
        ["Fr"] = "father",
        ["Rev"] = "reverend",
        ["Justice"] = "judge",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where each word introducing a person stands: the word, lower case, to (paragraph, token, person) in text order.</summary>
    private readonly Dictionary<string, List<(int Paragraph, int Token, string Person)>> _introductions = new(StringComparer.OrdinalIgnoreCase);

    public Epithets(ArticleEntities entities, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        foreach (var (mention, person) in entities.PersonMentions.Where(m => m.Mention.Paragraph.Kind != ParagraphKind.Byline))
        {
            foreach (var word in IntroducingWords(mention))
            {
                if (!_introductions.TryGetValue(word, out var places))
                {
                    _introductions[word] = places = [];
                }

                places.Add((mention.Paragraph.Index, mention.FirstToken, person));
            }
        }
    }

    /// <summary>
    /// The person a description opening with "the" at <paramref name="the"/> and ending before <paramref name="end"/>
    /// stands for, or null when it is no description of a person or introduces no one the article named.
    /// </summary>
    /// <param name="paragraph">The paragraph of the description.</param>
    /// <param name="the">The token "the".</param>
    /// <param name="end">Where the words that may belong to the description end.</param>
    /// <param name="discourse">Who the article has been talking about, for a description that introduces no one.</param>
    public SpeakerRef? Resolve(Paragraph paragraph, int the, int end, Discourse discourse)
    {
        if (Head(paragraph.Tokens, the, end) is not var (head, headWord))
        {
            return null;
        }

        if (NameWords.OrganizationTypeNouns.Contains(headWord.ToLowerInvariant()) || OrganizationHeads.KindOf(char.ToUpperInvariant(headWord[0]) + headWord[1..]) is not null
            || (!IsPersonNoun(headWord) && _gazetteer.TitleWord(headWord) is not (TitleWordKind.Role or TitleWordKind.Office or TitleWordKind.Rank)
                && !AnonymousSources.IsSourceNoun(headWord)))
        {
            // "the talks", "the government": no description of a person.
            return null;
        }

        var tokens = paragraph.Tokens;
        var introduced = Introduced(headWord, paragraph, the)
            ?? (IsPersonNoun(headWord)
                ? Enumerable.Range(the + 1, head - the - 1).Where(t => tokens[t].IsWord).Select(t => Introduced(tokens[t].Value, paragraph, the)).FirstOrDefault(p => p is not null)
                : null);
        if (introduced is not null)
        {
            return new SpeakerRef(discourse.MostRecent([.. introduced], paragraph, the) ?? introduced[^1], SpeakerKind.Person);
        }

        return IsPersonNoun(headWord) ? discourse.LastPerson(paragraph, the, GenderOf(headWord)) : null;
    }

    /// <summary>
    /// Whether someone was introduced with that word before the place and no earlier than paragraph
    /// <paramref name="since"/>: "the witness" after "the witness, Ana Lima" means her, not an unnamed witness described before.
    /// </summary>
    public bool IntroducedSince(string word, int since, Paragraph paragraph, int token)
    {
        if (!_introductions.TryGetValue(word, out var places))
        {
            return false;
        }

        var low = SortedSearch.CountBefore(places, p => (p.Paragraph, p.Token).CompareTo((paragraph.Index, token)) < 0);
        return low > 0 && places[low - 1].Paragraph >= since;
    }

    /// <summary>
    /// The people last introduced with that word before the place, nearest last (a few at most, found back from the
    /// place, so that a long text costs no more); null when none was.
    /// </summary>
    private List<string>? Introduced(string word, Paragraph paragraph, int token)
    {
        if (!_introductions.TryGetValue(word, out var places))
        {
            return null;
        }

        var low = SortedSearch.CountBefore(places, p => (p.Paragraph, p.Token).CompareTo((paragraph.Index, token)) < 0);
        var people = new List<string>();
        for (var i = low - 1; i >= 0 && people.Count < MaxCandidates; i--)
        {
            if (!people.Contains(places[i].Person))
            {
                people.Insert(0, places[i].Person);
            }
        }

        return people.Count > 0 ? people : null;
    }

    /// <summary>
    /// The head of "the [qualifiers] head" and its word: the last word before a comma, a relative pronoun, a verb of
    /// speech or the end, a lower-case noun or an age ("the 34-year-old", read as one word); null when the words are no
    /// such description.
    /// </summary>
    private static (int Token, string Word)? Head(IReadOnlyList<Token> tokens, int the, int end)
    {
        if (the >= tokens.Count || !tokens[the].Is("the"))
        {
            return null;
        }

        var last = -1;
        for (var t = the + 1; t < end && t - the <= MaxDescriptionWords; t++)
        {
            if (!(tokens[t].IsWord || tokens[t].Kind == TokenKind.Number || tokens[t].Value == "-") || tokens[t].Value is "who" or "whose" or "himself" or "herself" or "of" or "at" or "for" or "from" or "in"
                || SpeechVerbs.IsSpeechVerb(tokens[t].Value))
            {
                break;
            }

            last = t;
        }

        if (last <= the || !tokens[last].IsWord || tokens[last].IsCapitalized)
        {
            return null;
        }

        var age = last - 2 > the && tokens[last - 2].Kind == TokenKind.Number && tokens[last - 1].Value == "-";
        return (last, age ? tokens[last - 2].Value + "-" + tokens[last].Value : tokens[last].Value);
    }

    /// <summary>
    /// "the witness, former site engineer Jo Bell": the head of a description set before the name as its apposition,
    /// past a few lower-case words of title; null when there is none.
    /// </summary>
    private static string? DescriptionBefore(IReadOnlyList<Token> tokens, int sentenceStart, int lead)
    {
        var t = lead - 1;
        while (t >= sentenceStart && lead - t <= WordsBeforeName && tokens[t].IsWord && !tokens[t].IsCapitalized)
        {
            t--;
        }

        return t - 2 >= sentenceStart && tokens[t].Value == "," && tokens[t - 2].Is("the") && tokens[t - 1].IsWord && !tokens[t - 1].IsCapitalized
            ? tokens[t - 1].Value
            : null;
    }

    private static bool IsPersonNoun(string word) => PersonNouns.Contains(word) || NameWords.IsAge(word);

    private static Gender GenderOf(string noun) =>
        FemaleNouns.Contains(noun) ? Gender.Female : MaleNouns.Contains(noun) ? Gender.Male : Gender.Unknown;

    /// <summary>
    /// The words that introduce the person a mention names: a few before it in its sentence ("Rovers skipper Jo Bell"),
    /// its title ("Dr" gives "doctor" too), the apposition after a comma ("Jo Bell, the club's veteran captain,"), up
    /// to a verb of speech ("Jo Bell, asked the witness …" is no apposition), an age there ("Jo Bell, 34," gives
    /// "34-year-old"), and "witness" for the one it says testified.
    /// </summary>
    private static IEnumerable<string> IntroducingWords(Mention mention)
    {
        var tokens = mention.Paragraph.Tokens;
        if (Testimony.IntroducesWitness(mention))
        {
            yield return Testimony.WitnessNoun;
        }

        var sentence = mention.Paragraph.SentenceOf(mention.LeadToken);
        var first = Math.Max(sentence.FirstToken, mention.LeadToken - WordsBeforeName);
        for (var t = mention.LeadToken - 1; t >= first; t--)
        {
            if (SpeechVerbs.IsSpeechVerb(tokens[t].Value) || tokens[t].Value is "who" or "that" or "which")
            {
                // "the witness who says Jo Bell told him": the words before the clause describe someone else.
                first = t + 1;
                break;
            }
        }

        if (DescriptionBefore(tokens, sentence.FirstToken, mention.LeadToken) is { } described)
        {
            yield return described;
        }

        for (var t = first; t < mention.FirstToken; t++)
        {
            if (tokens[t].IsWord && !(t < mention.LeadToken && tokens[t].Kind == TokenKind.Quote))
            {
                yield return tokens[t].Value;
                if (TitleNouns.TryGetValue(tokens[t].Value.TrimEnd('.'), out var noun))
                {
                    yield return noun;
                }
            }
        }

        var after = mention.EndToken;
        if (after + 1 >= tokens.Count || tokens[after].Value != ",")
        {
            yield break;
        }

        if (tokens[after + 1].Kind == TokenKind.Number && after + 2 < tokens.Count && tokens[after + 2].Value is "," or ".")
        {
            yield return tokens[after + 1].Value + "-year-old";
        }

        for (var t = after + 1; t < Math.Min(tokens.Count, after + 1 + WordsAfterName) && tokens[t].Value is not ("," or "." or ";" or "\u2014")
            && !SpeechVerbs.IsSpeechVerb(tokens[t].Value); t++)
        {
            if (tokens[t].IsWord)
            {
                yield return tokens[t].Value;
            }
        }
    }
}
