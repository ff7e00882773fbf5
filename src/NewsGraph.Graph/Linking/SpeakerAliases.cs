using NewsGraph.Extraction;

namespace NewsGraph.Graph.Linking;

/// <summary>
/// One key for each speaker of a set of articles. A short form that one article gives a speaker ("Tveitane", "BaltGrid")
/// stands for the one speaker of the set, of the same kind, whose fuller name holds all its words or lists it as an
/// alias ("Ilse Tveitane", "Baltic Grid Authority"); when it may stand for several, it is read as an
/// unknown speaker, whose words join whichever of them said the same. A name that one article gives family name first
/// and another given name first ("Bodnár Zsófia", "Zsófia Bodnár") is one speaker.
/// </summary>
public sealed class SpeakerAliases
{
    /// <summary>A short form with more fuller names than this is ambiguous without comparing them.</summary>
    private const int MostCandidates = 8;

    private readonly Dictionary<string, string?> _keys;

    private SpeakerAliases(Dictionary<string, string?> keys) => _keys = keys;

    /// <summary>The speakers of <paramref name="extractions"/> and the names their articles give them.</summary>
    public static SpeakerAliases Of(IEnumerable<ArticleExtraction> extractions)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var extraction in extractions)
        {
            var named = extraction.People.Select(p => (Key: NodeIds.Person(p.Name), p.Aliases))
                .Concat(extraction.Organizations.Select(o => (Key: NodeIds.Organization(o.Name), o.Aliases)))
                .ToLookup(e => e.Key, e => e.Aliases, StringComparer.Ordinal);
            foreach (var speaker in extraction.Quotes.Select(q => q.Speaker).OfType<SpeakerRef>())
            {
                if (QuoteLinks.SpeakerKey(speaker) is not { } key)
                {
                    continue;
                }

                words.TryAdd(key, [.. NameKey.Of(speaker.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
                foreach (var alias in named[key].SelectMany(a => a))
                {
                    Add(aliases, Prefix(key) + NameKey.Slug(alias), key);
                }
            }
        }

        var byWord = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (key, keyWords) in words)
        {
            foreach (var word in keyWords)
            {
                Add(byWord, Prefix(key) + word, key);
            }
        }

        var sameWords = words.Keys.GroupBy(WordsInAnyOrder, StringComparer.Ordinal)
            .SelectMany(g => g.Select(key => (Key: key, One: g.Min(StringComparer.Ordinal)!)))
            .ToDictionary(x => x.Key, x => x.One, StringComparer.Ordinal);
        var keys = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, keyWords) in words)
        {
            // Through the postings of the word fewest speakers share, since a fuller name holds every word.
            var rarest = keyWords.Select(word => byWord[Prefix(key) + word]).MinBy(postings => postings.Count) ?? [];
            var fuller = rarest.Where(other => Holds(words[other], keyWords))
                .Concat(aliases.GetValueOrDefault(key) ?? [])
                .Where(other => other != key)
                .Select(other => sameWords.GetValueOrDefault(other, other))
                .Distinct(StringComparer.Ordinal)
                .Take(MostCandidates + 1)
                .ToList();
            var fullest = fuller.Count > MostCandidates ? fuller : fuller.Where(c => !fuller.Any(other => other != c && Holds(words[other], words[c]))).ToList();
            keys[key] = fullest.Count switch
            {
                0 => sameWords[key],
                1 => fullest[0],
                _ => null,
            };
        }

        return new SpeakerAliases(keys);
    }

    /// <summary>The key of the speaker <paramref name="speaker"/> stands for; null when anonymous, unknown or ambiguous.</summary>
    public string? KeyOf(SpeakerRef? speaker) =>
        QuoteLinks.SpeakerKey(speaker) is { } key ? _keys.GetValueOrDefault(key, key) : null;

    /// <summary>Whether a name of <paramref name="fuller"/> words holds every one of the <paramref name="shorter"/> name's, and more.</summary>
    private static bool Holds(HashSet<string> fuller, HashSet<string> shorter) =>
        fuller.Count > shorter.Count && shorter.IsSubsetOf(fuller);

    /// <summary>The kind of <paramref name="key"/> and the words of its name in sorted order: the same for "person/bodnar-zsofia" and "person/zsofia-bodnar".</summary>
    private static string WordsInAnyOrder(string key) =>
        Prefix(key) + string.Join(' ', key[Prefix(key).Length..].Split('-', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    /// <summary>"person/" or "org/": names compare only within one kind of speaker.</summary>
    private static string Prefix(string key) => key[..(key.IndexOf('/', StringComparison.Ordinal) + 1)];

    private static void Add(Dictionary<string, HashSet<string>> index, string key, string value)
    {
        if (!index.TryGetValue(key, out var values))
        {
            index[key] = values = new HashSet<string>(StringComparer.Ordinal);
        }

        values.Add(value);
    }
}
