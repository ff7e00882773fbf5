using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Knowledge;

/// <summary>
/// General knowledge the extractor ships as data files (see Data/README.md): countries and demonyms, regions,
/// cities, well-known organizations, titles, given names and common English words. Phrases are looked up by
/// their tokens, case-sensitively ("US" the country, not "us").
/// </summary>
internal sealed class Gazetteer
{
    private readonly FrozenDictionary<string, GazetteerEntry[]> _phrases;
    private readonly FrozenDictionary<string, TitleWordKind> _titleWords;
    private readonly FrozenDictionary<string, Gender> _givenNames;
    private readonly FrozenSet<string> _commonWords;
    private readonly FrozenSet<string> _joinedTitlePrefixes;
    private readonly FrozenDictionary<string, FrozenSet<string>> _honorificTailOpeners;

    private Gazetteer(
        Dictionary<string, List<GazetteerEntry>> phrases,
        Dictionary<string, TitleWordKind> titleWords,
        Dictionary<string, Gender> givenNames,
        HashSet<string> commonWords,
        HashSet<string> joinedTitlePrefixes,
        Dictionary<string, HashSet<string>> honorificTailOpeners)
    {
        _honorificTailOpeners = honorificTailOpeners.ToFrozenDictionary(t => t.Key, t => t.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        _joinedTitlePrefixes = joinedTitlePrefixes.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _phrases = phrases.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(Priority).ToArray(), StringComparer.Ordinal);
        _titleWords = titleWords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _givenNames = givenNames.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _commonWords = commonWords.ToFrozenSet(StringComparer.Ordinal);
        MaxPhraseTokens = phrases.Count == 0 ? 1 : phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>The gazetteer built from the data files embedded in this assembly.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    private static readonly Lazy<Gazetteer> LazyDefault = new(() => GazetteerLoader.LoadEmbedded());

    /// <summary>The most tokens any phrase has.</summary>
    public int MaxPhraseTokens { get; }

    /// <summary>What the tokens <paramref name="first"/>..<paramref name="end"/> name, best first; empty when nothing.</summary>
    public ReadOnlySpan<GazetteerEntry> Lookup(IReadOnlyList<Token> tokens, int first, int end) =>
        _phrases.TryGetValue(PhraseKey(tokens, first, end), out var entries) ? entries : [];

    /// <summary>What a whole phrase names, best first.</summary>
    public ReadOnlySpan<GazetteerEntry> Lookup(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        return Lookup(tokens, 0, tokens.Count);
    }

    /// <summary>The title part a word plays, if it is a title word (case-insensitive).</summary>
    public TitleWordKind? TitleWord(string word) => _titleWords.TryGetValue(word, out var kind) ? kind : null;

    /// <summary>
    /// Whether <paramref name="word"/> is a title word only as a prefix joined by a hyphen ("then" of "then-minister"),
    /// so that alone ("Then the company said") it is an ordinary word.
    /// </summary>
    public bool IsJoinedTitlePrefix(string word) => _joinedTitlePrefixes.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is a courtesy title only as the end of a longer one ("Sri" of "Tan Sri") and
    /// <paramref name="previous"/> is not the word that opens it there, so that here it is a name ("Ibu Sri Wahyuni").
    /// </summary>
    public bool IsHonorificTailAlone(string word, string? previous) =>
        _honorificTailOpeners.TryGetValue(word, out var openers) && (previous is null || !openers.Contains(previous));

    /// <summary>Whether <paramref name="word"/> is a common given name (case- and accent-insensitive: "Lucía" is "Lucia").</summary>
    public bool IsGivenName(string word) => TryGivenName(word, out _);

    /// <summary>The gender a given name is usually borne by, where the name lists say so.</summary>
    public Gender GenderOf(string givenName) => TryGivenName(givenName, out var gender) ? gender : Gender.Unknown;

    // The name lists are written without accents, as most of their sources are.
    private bool TryGivenName(string word, out Gender gender) =>
        _givenNames.TryGetValue(word, out gender) || (!Ascii.IsValid(word) && _givenNames.TryGetValue(WithoutAccents(word), out gender));

    private static string WithoutAccents(string word) =>
        string.Concat(word.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));

    /// <summary>Whether <paramref name="word"/>, lower-cased, is a common English word.</summary>
    public bool IsCommonWord(string word) => _commonWords.Contains(word.ToLowerInvariant());

    /// <summary>The lookup key of tokens: their text joined by spaces, curly apostrophes made straight.</summary>
    internal static string PhraseKey(IReadOnlyList<Token> tokens, int first, int end)
    {
        var key = end - first == 1 ? tokens[first].Value : string.Join(' ', Enumerable.Range(first, end - first).Select(i => tokens[i].Value));
        return key.Contains('\u2019', StringComparison.Ordinal) ? key.Replace('\u2019', '\'') : key;
    }

    private static long Priority(GazetteerEntry entry) => entry.Kind switch
    {
        GazetteerKind.Country => long.MaxValue,
        GazetteerKind.Organization => long.MaxValue - 1,
        GazetteerKind.Demonym => long.MaxValue - 2,
        GazetteerKind.GeographicRegion => long.MaxValue - 3,
        _ => entry.Rank,
    };

    internal sealed class Builder
    {
        private readonly Dictionary<string, List<GazetteerEntry>> _phrases = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TitleWordKind> _titleWords = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Gender> _givenNames = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _commonWords = new(StringComparer.Ordinal);
        private readonly HashSet<string> _joinedPrefixes = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _freeTitleWords = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, HashSet<string>> _honorificTailOpeners = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _oneWordHonorifics = new(StringComparer.OrdinalIgnoreCase);

        private static readonly HashSet<string> TitleJoiners = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "on", "to", "in", "at", "de", "a", "an" };

        public void AddPhrase(string phrase, GazetteerEntry entry)
        {
            var tokens = Tokenizer.Tokenize(phrase);
            if (tokens.Count == 0)
            {
                return;
            }

            var key = PhraseKey(tokens, 0, tokens.Count);
            if (!_phrases.TryGetValue(key, out var entries))
            {
                _phrases[key] = entries = [];
            }

            if (!entries.Contains(entry))
            {
                entries.Add(entry);
            }
        }

        public void AddTitle(string title, TitleWordKind kind)
        {
            var words = Tokenizer.Tokenize(title).Where(t => t.IsWord && !TitleJoiners.Contains(t.Value)).Select(t => t.Value).ToList();
            (title.EndsWith('-') && words.Count == 1 ? _joinedPrefixes : _freeTitleWords).UnionWith(words);
            if (kind == TitleWordKind.Honorific && words.Count == 1)
            {
                _oneWordHonorifics.Add(words[0]);
            }
            else if (kind == TitleWordKind.Honorific && words.Count > 1)
            {
                if (!_honorificTailOpeners.TryGetValue(words[^1], out var openers))
                {
                    _honorificTailOpeners[words[^1]] = openers = new(StringComparer.OrdinalIgnoreCase);
                }

                openers.Add(words[^2]);
            }

            for (var i = 0; i < words.Count; i++)
            {
                var wordKind = i == words.Count - 1 ? kind : TitleWordKind.Modifier;
                if (i == words.Count - 1 || !_titleWords.ContainsKey(words[i]))
                {
                    _titleWords[words[i]] = i == words.Count - 1 && _titleWords.TryGetValue(words[i], out var existing)
                        ? Stronger(existing, wordKind)
                        : wordKind;
                }
            }
        }

        /// <summary>Adds a given name; a name listed for both genders is of unknown gender.</summary>
        public void AddGivenName(string name, Gender gender) =>
            _givenNames[name] = _givenNames.TryGetValue(name, out var known) && known != gender ? Gender.Unknown : gender;

        public void AddCommonWord(string word) => _commonWords.Add(word.ToLowerInvariant());

        public Gazetteer Build() => new(
            _phrases,
            _titleWords,
            _givenNames,
            _commonWords,
            [.. _joinedPrefixes.Except(_freeTitleWords)],
            _honorificTailOpeners.Where(t => !_oneWordHonorifics.Contains(t.Key)).ToDictionary(StringComparer.OrdinalIgnoreCase));

        /// <summary>A word listed both as a head and as a modifier ("chief") keeps its head meaning.</summary>
        private static TitleWordKind Stronger(TitleWordKind a, TitleWordKind b) => a == TitleWordKind.Modifier ? b : a;
    }
}
