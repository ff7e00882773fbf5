using System.Globalization;
using System.Collections.Frozen;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>Small closed word classes of English names and the words around them.</summary>
internal static class NameWords
{
    /// <summary>Lower-case words that may sit inside a name or title ("Department of Defense", "Ursula von der Leyen").</summary>
    public static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "de", "del", "della", "der", "den", "ter", "van", "von", "zu", "zur", "los", "las", "da", "das", "do", "dos", "du", "di", "des", "la", "le", "bin", "binti", "binte", "ibn", "bint", "al", "el", "y", "e", "for", "on", "and"],
        StringComparer.Ordinal);

    /// <summary>The words for a saint that open names of places and teams after them ("San Diego", "St Louis").</summary>
    public static readonly FrozenSet<string> SaintWords = FrozenSet.ToFrozenSet(
        ["St", "Saint", "Sainte", "Ste", "San", "Santa", "Santo", "São"],
        StringComparer.Ordinal);

    /// <summary>Nouns that, followed by "'s", still belong to the name ("People's Liberation Army").</summary>
    public static readonly FrozenSet<string> CollectivePossessors = FrozenSet.ToFrozenSet(
        ["People", "Peoples", "Workers", "Women", "Children", "Citizens", "Veterans", "Farmers", "Nations", "Men", "Soldiers"],
        StringComparer.Ordinal);

    /// <summary>Lower-case nouns that make the capitalised words before them a region ("Kursk region").</summary>
    public static readonly FrozenSet<string> RegionNouns = FrozenSet.ToFrozenSet(
        ["region", "regions", "province", "provinces", "oblast", "oblasts", "krai", "state", "district", "districts", "county", "prefecture", "governorate", "territory", "municipality"],
        StringComparer.Ordinal);

    /// <summary>Lower-case nouns that make "the" and the name before them an organization ("the Save Our Meadows group").</summary>
    public static readonly FrozenSet<string> GroupNouns = FrozenSet.ToFrozenSet(
        ["group", "charity", "movement", "coalition", "network", "association", "alliance", "collective", "union"],
        StringComparer.Ordinal);

    /// <summary>Lower-case nouns that make the name after "of" a place ("the village of Ano Livadi", "the port of Tema").</summary>
    public static readonly FrozenSet<string> PlaceOfNouns = FrozenSet.ToFrozenSet(
        ["village", "villages", "town", "towns", "city", "hamlet", "township", "island", "islands", "port", "province", "region", "district", "county", "municipality", "suburb", "neighbourhood", "neighborhood"],
        StringComparer.Ordinal);

    /// <summary>Directions that are places only as part of a name ("Palmerston North", "South Sudan"), never alone.</summary>
    public static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(["North", "South", "East", "West", "Central"], StringComparer.Ordinal);

    /// <summary>Compass adjectives that qualify a place without being part of its name ("western Kursk").</summary>
    public static readonly FrozenSet<string> CompassWords = FrozenSet.ToFrozenSet(
        ["Northern", "Southern", "Eastern", "Western", "Central", "North-eastern", "North-western", "South-eastern", "South-western", "Northeastern", "Northwestern", "Southeastern", "Southwestern"],
        StringComparer.Ordinal);

    /// <summary>Days of the week: a name runs on into one only over a connector ("Ministry of Health on Monday" is not a name).</summary>
    public static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
         "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>A day of the week or a month (which may also be a name: "Theresa May").</summary>
    public static bool IsCalendarWord(string word) => Weekdays.Contains(word) || Months.Contains(word);

    /// <summary>Words that precede a platform's name in prose ("a post on X", "his X account").</summary>
    public static readonly FrozenSet<string> PlatformBefore = FrozenSet.ToFrozenSet(
        ["on", "via", "to", "his", "her", "their", "its", "our", "an", "the", "official"], StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> PlatformAfter = FrozenSet.ToFrozenSet(
        ["post", "posts", "posted", "account", "accounts", "user", "users", "feed", "thread", "platform", "page", "handle", "profile", "message", "video"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case nouns that introduce an organization's name ("the shipping journal Lloyd's List").</summary>
    public static readonly OrganizationTypes OrganizationTypeNouns = new();

    /// <summary>Prepositions of place: a capitalised unknown word after them is usually a place.</summary>
    public static readonly FrozenSet<string> Locatives = FrozenSet.ToFrozenSet(["in", "near", "outside", "around", "across"], StringComparer.Ordinal);

    /// <summary>Letters written after a name that are not part of it ("Kavitha Naidoo SC", "John Smith Jr.").</summary>
    public static readonly FrozenSet<string> PostNominals = FrozenSet.ToFrozenSet(
        ["SC", "QC", "KC", "MP", "MEP", "MSP", "MD", "PhD", "OBE", "CBE", "MBE", "KBE", "DBE", "Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV", "Esq."],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["The", "A", "An", "the", "a", "an"], StringComparer.Ordinal);

    /// <summary>Possessive determiners of people: "my friend", "their lawyer".</summary>
    public static readonly FrozenSet<string> Possessives = FrozenSet.ToFrozenSet(["my", "our", "his", "her", "their"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a noun phrase set beside a name: "the deputy minister, X", "his wife, X", "a reader, X".</summary>
    public static readonly FrozenSet<string> AppositionOpeners = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "its", "his", "her", "their", "my", "our"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"Sutarmi, 41, a schoolteacher": an age set off by commas right after a name says it is a person's, one word or more.</summary>
    public static bool AgeFollows(IReadOnlyList<Token> tokens, int end) =>
        end + 2 < tokens.Count && tokens[end].Value == "," && tokens[end + 2].Value is "," or ";"
        && int.TryParse(tokens[end + 1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is > 0 and < 120;

    /// <summary>"Sixteen-year-old", "40-Year-Old": an age before a name, capitalised only by the sentence or the headline.</summary>
    public static bool IsAge(string word) => word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-year-olds", StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ContractedPronouns = FrozenSet.ToFrozenSet(
        ["I", "You", "We", "They", "He", "She", "It", "That", "There", "Here", "What", "Who", "Let"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Contractions = FrozenSet.ToFrozenSet(["m", "ve", "re", "d", "ll", "s"], StringComparer.Ordinal);

    /// <summary>"I", "I'm", "You’ve", "They're", "It's": a pronoun, capitalised by the sentence, with either apostrophe.</summary>
    public static bool IsPronounContraction(string word)
    {
        if (word == "I")
        {
            return true;
        }

        var apostrophe = word.IndexOfAny(['\'', '\u2019']);
        return apostrophe > 0 && ContractedPronouns.Contains(word[..apostrophe]) && Contractions.Contains(word[(apostrophe + 1)..]);
    }

    /// <summary>Name particles written in lower case at the start of a surname ("al-Assad", "bin Salman").</summary>
    public static bool IsNameParticle(Token token) =>
        token.IsWord && token.Value.Length > 3 && char.IsLower(token.Value[0])
        && (token.Value.StartsWith("al-", StringComparison.Ordinal) || token.Value.StartsWith("el-", StringComparison.Ordinal)
            || token.Value.StartsWith("ad-", StringComparison.Ordinal) || token.Value.StartsWith("as-", StringComparison.Ordinal))
        && char.IsUpper(token.Value[3]);

    /// <summary>A nickname in quotation marks between the parts of a name: the opening mark at <paramref name="i"/>, one capitalised word, the closing mark, then the name goes on.</summary>
    public static bool IsNickname(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && i + 3 < tokens.Count && tokens[i - 1].IsCapitalized
        && tokens[i].Kind == TokenKind.Quote && tokens[i + 1].IsCapitalized && tokens[i + 2].Kind == TokenKind.Quote && tokens[i + 3].IsCapitalized
        && tokens[i].End == tokens[i + 1].Start && tokens[i + 2].Start == tokens[i + 1].End;

    /// <summary>An acronym: two to seven capital letters ("DCNF", "NATO").</summary>
    public static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= 7 && word.All(c => char.IsUpper(c) || c == '.') && word.Count(char.IsUpper) >= 2;
}
