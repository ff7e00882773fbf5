namespace NewsGraph.Extraction.Entities;

/// <summary>
/// An article's names, found by the words they hold: the names that cover a shorter one (hold every word of it), in the
/// order they were added. Looks at the names sharing the shorter name's rarest word only, so resolving the mentions of
/// an article with thousands of names does not compare each with all.
/// </summary>
internal sealed class CoveringNames
{
    private readonly List<string> _names = [];
    private readonly List<HashSet<string>> _words = [];
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);

    public CoveringNames(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Add(name);
        }
    }

    public void Add(string name)
    {
        var words = EntityNames.Words(name).ToHashSet(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (!_byWord.TryGetValue(word, out var names))
            {
                _byWord[word] = names = [];
            }

            names.Add(_names.Count);
        }

        _names.Add(name);
        _words.Add(words);
    }

    /// <summary>The names that hold every word of <paramref name="shorter"/> (all of them when it has none).</summary>
    public IEnumerable<string> Covering(string shorter)
    {
        var words = EntityNames.Words(shorter);
        if (words.Length == 0)
        {
            return _names;
        }

        List<int>? rarest = null;
        foreach (var word in words)
        {
            if (!_byWord.TryGetValue(word, out var names))
            {
                return [];
            }

            if (rarest is null || names.Count < rarest.Count)
            {
                rarest = names;
            }
        }

        return rarest!.Where(i => words.All(_words[i].Contains)).Select(i => _names[i]);
    }

    /// <summary>
    /// "B. Oyunchimeg" after "Batbayaryn Oyunchimeg", "J. Okafor" after "Jude Okafor": the names that hold every word of
    /// a name written with initials but its initials, and for each initial another word that opens with it.
    /// </summary>
    public IEnumerable<string> CoveringInitials(string shorter)
    {
        var parts = shorter.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = parts.Where(IsInitial).Select(EntityNames.Key).ToList();
        if (initials.Count == 0 || initials.Count == parts.Length)
        {
            return [];
        }

        var spelled = string.Join(' ', parts.Where(p => !IsInitial(p)));
        var spelledWords = EntityNames.Words(spelled);
        return Covering(spelled).Where(name =>
        {
            var others = EntityNames.Words(name).Except(spelledWords, StringComparer.Ordinal).ToList();
            return initials.All(i => others.Any(w => w.Length > i.Length && w.StartsWith(i, StringComparison.Ordinal)));
        });
    }

    /// <summary>Whether a name is written with an initial ("B. Oyunchimeg").</summary>
    public static bool HasInitial(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(IsInitial);

    /// <summary>"B.", "Ts.", "J": one or two letters of a name, capitalised, with a full stop or standing alone.</summary>
    public static bool IsInitial(string word) =>
        char.IsUpper(word[0]) && (word.Length == 1 || (word.Length <= 3 && word[^1] == '.' && word[..^1].All(char.IsLetter)));
}
