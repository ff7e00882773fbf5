namespace NewsGraph.Extraction.Entities;

/// <summary>
/// The organization mentions of one paragraph, found by where they stand: a role reads only those next to a name, and
/// scanning all of them for each name made a paragraph of many names take time in the square of their number.
/// </summary>
internal sealed class ParagraphOrganizations
{
    private readonly List<Mention> _mentions;
    private readonly int[] _byFirstToken;
    private readonly Dictionary<int, Mention> _lastEndingAt = [];

    /// <summary>A paragraph that names no organization.</summary>
    public static readonly ParagraphOrganizations None = new([]);

    public ParagraphOrganizations(IEnumerable<Mention> mentions)
    {
        _mentions = mentions.ToList();
        _byFirstToken = [.. Enumerable.Range(0, _mentions.Count).OrderBy(i => _mentions[i].FirstToken)];
        foreach (var mention in _mentions)
        {
            _lastEndingAt[mention.EndToken] = mention;
        }
    }

    /// <summary>The last mention, in the order given, that ends just before token <paramref name="token"/>.</summary>
    public Mention? EndingAt(int token) => _lastEndingAt.GetValueOrDefault(token);

    /// <summary>The mentions that start after token <paramref name="after"/> and end by token <paramref name="end"/>, in the order given.</summary>
    public List<Mention> Within(int after, int end)
    {
        var (low, high) = (0, _byFirstToken.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = _mentions[_byFirstToken[middle]].FirstToken <= after ? (middle + 1, high) : (low, middle);
        }

        var found = new List<int>();
        for (var k = low; k < _byFirstToken.Length && _mentions[_byFirstToken[k]].FirstToken < end; k++)
        {
            if (_mentions[_byFirstToken[k]].EndToken <= end)
            {
                found.Add(_byFirstToken[k]);
            }
        }

        found.Sort();
        return found.ConvertAll(i => _mentions[i]);
    }
}
