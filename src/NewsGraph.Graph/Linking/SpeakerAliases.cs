using NewsGraph.Extraction;

namespace NewsGraph.Graph.Linking;

/// <summary>
/// One key for each speaker of a set of articles. A short form that one article gives a speaker ("Tveitane", "BaltGrid")
/// stands for the one speaker of the set, of the same kind, whose fuller name holds all its words or lists it as an
/// alias ("Ilse Tveitane", "Baltic Grid Authority"); when it may stand for several, it is read as an
/// unknown speaker, whose words join whichever of them said the same.
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

        var keys = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, keyWords) in words)
        {
            // Through the postings of the word fewest speakers share, since a fuller name holds every word.
            var rarest = keyWords.Select(word => byWord[Prefix(key) + word]).MinBy(postings => postings.Count) ?? [];
            var fuller = rarest.Where(other => Holds(words[other], keyWords))
                .Concat(aliases.GetValueOrDefault(key) ?? [])
                .Where(other => other != key)
                .Distinct(StringComparer.Ordinal)
                .Take(MostCandidates + 1)
                .ToList();
            var fullest = fuller.Count > MostCandidates ? fuller : fuller.Where(c => !fuller.Any(other => other != c && Holds(words[other], words[c]))).ToList();
            keys[key] = fullest.Count switch
            {
                0 => key,
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
