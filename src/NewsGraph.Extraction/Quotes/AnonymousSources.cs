using System.Collections.Frozen;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Finds unnamed sources in a stretch of text: a determiner or number, qualifying words, and a source noun, with
/// the qualifier that often follows ("a senior official familiar with the talks", "two diplomats").
/// </summary>
internal static class AnonymousSources
{
    private static readonly FrozenSet<string> SourceNouns = FrozenSet.ToFrozenSet(
    [
        "source", "sources", "official", "officials", "person", "people", "diplomat", "diplomats", "officer", "officers",
        "insider", "insiders", "aide", "aides", "analyst", "analysts", "expert", "experts", "resident", "residents",
        "witness", "witnesses", "employee", "employees", "executive", "executives", "lawmaker", "lawmakers",
        "worker", "workers", "individual", "individuals", "contact", "informant", "negotiator", "negotiators",
        "spokesperson", "spokesman", "spokeswoman", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers",
        "delegate", "delegates", "representative", "representatives", "envoy", "envoys", "participant", "participants",
        "nurse", "nurses", "doctor", "doctors", "soldier", "soldiers", "student", "students", "parent", "parents", "neighbour",
        "neighbours", "neighbor", "neighbors", "farmer", "farmers", "driver", "drivers", "owner", "owners", "passenger",
        "passengers", "survivor", "survivors", "relative", "relatives", "colleague", "colleagues", "teacher", "teachers",
        "investor", "investors", "shareholder", "shareholders", "trader", "traders", "banker", "bankers", "lawyer", "lawyers",
        "activist", "activists", "protester", "protesters", "voter", "voters", "user", "users", "member", "members",
        "commuter", "commuters", "shopper", "shoppers", "customer", "customers", "visitor", "visitors", "patient", "patients",
        "villager", "villagers", "motorist", "motorists", "volunteer", "volunteers", "listener", "listeners", "viewer", "viewers",
        "reader", "readers", "caller", "callers", "fan", "fans", "supporter", "supporters", "tenant", "tenants", "cashier", "cashiers",
        "agent", "agents", "manager", "managers", "coach", "coaches", "fisherman", "fishermen", "miner", "miners",
        "grower", "growers", "vendor", "vendors", "shopkeeper", "shopkeepers", "baker", "bakers", "pharmacist", "pharmacists",
        "firefighter", "firefighters", "paramedic", "paramedics", "mechanic", "mechanics", "labourer", "labourers", "laborer",
        "laborers", "engineer", "engineers", "pilot", "pilots", "sailor", "sailors", "mother", "mothers", "father", "fathers",
        "curator", "curators", "researcher", "researchers", "scientist", "scientists", "lady", "gentleman",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>What posters write, the source when the poster is not known ("a Facebook post", "one anonymous account").</summary>
    private static readonly FrozenSet<string> PostNouns = FrozenSet.ToFrozenSet(
    [
        "post", "posts", "tweet", "tweets", "comment", "comments", "account", "accounts", "message", "messages", "commenter",
        "commenters", "poster", "posters", "handle",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The few words besides a platform's name that describe a post of someone not known ("an anonymous account").</summary>
    private static readonly FrozenSet<string> PostQualifiers = FrozenSet.ToFrozenSet(["anonymous", "viral", "single", "fake", "unverified"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Sources that need no determiner ("somebody who signs himself Fan 99").</summary>
    private static readonly FrozenSet<string> SelfDeterminedNouns = FrozenSet.ToFrozenSet(["somebody", "someone"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
    [
        "a", "an", "one", "two", "three", "four", "five", "several", "some", "many", "multiple", "other", "another",
        "various", "numerous", "unnamed", "anonymous", "senior", "government", "military", "intelligence",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> QualifierStarts = FrozenSet.ToFrozenSet(
        ["familiar", "close", "with", "who", "briefed", "involved", "knowledgeable", "aware", "speaking", "in", "at", "from"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> names a kind of person an unnamed source is ("official", "listener", "coach").</summary>
    public static bool IsSourceNoun(string word) => SourceNouns.Contains(word);

    /// <summary>Whether a description names several sources ("two diplomats", "people familiar with the talks", "the family").</summary>
    public static bool IsPlural(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var words = description.Split(' ');
        var noun = words.LastOrDefault(SourceNouns.Contains);
        var head = words.FirstOrDefault(w => CollectiveNouns.Contains(w) || SourceNouns.Contains(w));
        return (head is not null && CollectiveNouns.Contains(head)) || (noun is not null && IsPluralNoun(noun));
    }

    /// <summary>Groups that speak as one ("the family said") but that "he" or "she" never means.</summary>
    private static readonly FrozenSet<string> CollectiveNouns = FrozenSet.ToFrozenSet(
        ["family", "couple", "crew", "team", "group", "household", "crowd", "audience", "jury", "staff"], StringComparer.OrdinalIgnoreCase);

    private static bool IsPluralNoun(string noun) => noun.EndsWith('s') || noun.Equals("people", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a description is of something written by someone not known ("a Facebook post"), not of a person.</summary>
    public static bool IsPost(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        return description.Split(' ').Any(PostNouns.Contains);
    }

    private static bool IsNoun(string word) => SourceNouns.Contains(word) || PostNouns.Contains(word) || SelfDeterminedNouns.Contains(word);

    /// <summary>The description of the first unnamed source in tokens <paramref name="start"/>..<paramref name="end"/>, or null.</summary>
    public static string? Find(Paragraph paragraph, int start, int end) => Find(paragraph, start, end, start);

    /// <summary>
    /// As <see cref="Find(Paragraph, int, int)"/>, with the source's noun sought from token <paramref name="from"/> on: its
    /// description may still reach back to <paramref name="start"/>.
    /// </summary>
    public static string? Find(Paragraph paragraph, int start, int end, int from)
    {
        var tokens = paragraph.Tokens;
        for (var i = Math.Max(start, from); i < end; i++)
        {
            // "officials Ann Lee and ..." names them; "the Union of Rail Workers" is a name itself.
            if (!tokens[i].IsWord || !IsNoun(tokens[i].Value) || (i + 1 < end && tokens[i + 1].IsCapitalized && !tokens[i].IsCapitalized)
                || (tokens[i].IsCapitalized && i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].IsWord && !paragraph.StartsSentence(i - 1)))
            {
                continue;
            }

            var first = i;
            while (first > start && i - first < 5 && (IsQualifyingWord(tokens[first - 1]) || tokens[first - 1].Kind == TokenKind.Quote) && !IsArticle(tokens[first - 1]))
            {
                first--;
            }

            while (first < i && tokens[first].Kind == TokenKind.Quote)
            {
                first++;
            }

            if (PostNouns.Contains(tokens[i].Value) && Enumerable.Range(first, i - first).Any(t => !tokens[t].IsCapitalized && !PostQualifiers.Contains(tokens[t].Value)))
            {
                // "a statement rejecting posts": a post is described by its platform and little else.
                continue;
            }

            var opener = first > start && Openers.Contains(tokens[first - 1].Value) ? first - 1
                : OneOfThe(tokens, start, first) ? first - 3 : -1;
            // A bare plural ("officials said") needs a qualifier before or after it: "Ukrainian officials", "people familiar with".
            var plural = IsPluralNoun(tokens[i].Value);
            var qualified = first < i || QualifierEnd(tokens, i + 1, end) > i + 1;
            if (opener < 0 && !Openers.Contains(tokens[first].Value) && !(plural && qualified) && !SelfDeterminedNouns.Contains(tokens[i].Value))
            {
                continue;
            }

            var descriptionStart = opener >= 0 ? opener : first;
            var description = paragraph.Slice(descriptionStart, QualifierEnd(tokens, i + 1, end));
            return new string(description.Where(c => !Characters.IsDoubleQuote(c) && c is not ('\u2018' or '\u2019')).ToArray());
        }

        return null;
    }

    /// <summary>
    /// "One of them, who asked not to be named, said": whoever a clause says is not to be named, or speaks on condition
    /// of anonymity or without authority to speak, is an unnamed source, described by the words before the clause.
    /// </summary>
    public static string? WithheldName(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        for (var i = start + 1; i < end; i++)
        {
            var withheld = tokens[i].Is("anonymity") || (tokens[i].Is("named") && tokens[i - 1].Is("be"))
                || (tokens[i].Value is "authorised" or "authorized" && tokens[i - 1].Is("not"));
            if (withheld)
            {
                var comma = Enumerable.Range(start, i - start).FirstOrDefault(t => tokens[t].Value == ",", -1);
                return comma > start ? paragraph.Slice(start, comma) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "A lady, she must have been in her eighties, said to me": an unnamed source just before a comma that opens an
    /// aside closed by another comma is the subject, whatever "she" or "I" the aside holds.
    /// </summary>
    public static string? BeforeAside(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        var comma = Enumerable.Range(start + 1, Math.Max(0, end - start - 1)).FirstOrDefault(t => tokens[t].Value == ",", -1);
        if (comma < 0 || !Enumerable.Range(comma + 1, end - comma - 1).Any(t => tokens[t].Value == ","))
        {
            return null;
        }

        var description = Find(paragraph, start, comma);
        return description is not null && description.EndsWith(tokens[comma - 1].Value, StringComparison.Ordinal) ? description : null;
    }

    /// <summary>"one of the firefighters", "two of the nurses": a number or quantity word, "of the", then the description.</summary>
    private static bool OneOfThe(IReadOnlyList<Token> tokens, int start, int first) =>
        first - 3 >= start && tokens[first - 1].Is("the") && tokens[first - 2].Is("of") && Openers.Contains(tokens[first - 3].Value);

    private static readonly FrozenSet<string> Boundaries = FrozenSet.ToFrozenSet(
    [
        "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "that", "and", "or", "but", "as", "is", "are",
        "was", "were", "has", "have", "had", "be", "been", "this", "these", "those", "his", "her", "their", "its", "our",
        "my", "your", "not", "no", "which", "who", "whom", "whose", "than",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>"a", "an": the description opens there ("By evening a Facebook post").</summary>
    private static bool IsArticle(Token token) => token.Value is "a" or "A" or "an" or "An";

    /// <summary>Words that may qualify a source noun: adjectives and adverbs, and nationality or agency words ("U.S.", "European", "Western").</summary>
    private static bool IsQualifyingWord(Token token)
    {
        if (!token.IsWord || Boundaries.Contains(token.Value) || SpeechVerbs.IsSpeechVerb(token.Value))
        {
            return false;
        }

        // Capitalised qualifiers are nationalities, agencies and the like: "two Western diplomats", "U.S. officials".
        return true;
    }

    /// <summary>Extends a description over "familiar with the matter", "close to the talks", "who spoke on condition of anonymity".</summary>
    private static int QualifierEnd(IReadOnlyList<Token> tokens, int afterNoun, int end)
    {
        if (afterNoun >= end || !QualifierStarts.Contains(tokens[afterNoun].Value))
        {
            return afterNoun;
        }

        var i = afterNoun;
        while (i < end && tokens[i].IsWord && !SpeechVerbs.IsSpeechVerb(tokens[i].Value))
        {
            i++;
        }

        return i;
    }
}
