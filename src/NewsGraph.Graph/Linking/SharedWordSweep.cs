namespace NewsGraph.Graph.Linking;

/// <summary>
/// The pairs of occurrences the linker compares: each of the compared occurrences, in turn, with those not swept yet
/// that share a content word with it and whose speaker is the same or unknown on either side (different known
/// speakers are never the same statement), with how many content words they share. Occurrences already in one group
/// are swept next to each other, so an occurrence skips the rest of its own group without looking at it: groups hold
/// one kind of speaker, and two of a group need no comparison. Comparisons join groups as the sweep goes; once it has
/// passed over as many pairs inside one group as regrouping what is left costs, it regroups, so that many
/// near-identical quotes cost about their number, not its square, and other sets at most twice what they did.
/// </summary>
internal sealed class SharedWordSweep
{
    private readonly List<StatementOccurrence> _ordered;
    private readonly UnionFind _groups;
    private readonly int[] _place;
    private readonly int[] _groupEnd;
    private readonly int[] _collectedFor;
    private readonly int[] _slot;
    private readonly List<(int Later, int Shared)> _candidates = [];
    private readonly Dictionary<(string? Speaker, string Word), List<int>> _bySpeaker = [];
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private List<int> _left;
    private int _next;
    private int _postings;
    private int _passedOver;

    public SharedWordSweep(List<StatementOccurrence> ordered, List<int> compared, UnionFind groups)
    {
        _ordered = ordered;
        _groups = groups;
        _place = new int[ordered.Count];
        _groupEnd = new int[ordered.Count];
        _collectedFor = new int[ordered.Count];
        _slot = new int[ordered.Count];
        Array.Fill(_collectedFor, -1);
        _left = compared;
        Regroup();
    }

    /// <summary>The next occurrence to compare with those not swept yet; false when all are swept.</summary>
    public bool TryNext(out int occurrence)
    {
        if (_passedOver > _postings)
        {
            Regroup();
        }

        occurrence = _next < _left.Count ? _left[_next++] : -1;
        return occurrence >= 0;
    }

    /// <summary>Records a candidate, met in <paramref name="postings"/> posting lists, passed over because it had joined the occurrence's group since the last regrouping.</summary>
    public void PassedOver(int postings) => _passedOver += postings;

    /// <summary>
    /// The occurrences not swept yet, outside <paramref name="i"/>'s group as it stood at the last regrouping, that it
    /// can be linked to, with how many content words they share. Each once, in no particular order (the groups do not
    /// depend on it), in a list reused by the next call.
    /// </summary>
    public List<(int Later, int Shared)> Candidates(int i)
    {
        _candidates.Clear();
        var occurrence = _ordered[i];
        foreach (var word in occurrence.ContentWords)
        {
            if (occurrence.Speaker is null)
            {
                Collect(i, _byWord.GetValueOrDefault(word));
            }
            else
            {
                Collect(i, _bySpeaker.GetValueOrDefault((occurrence.Speaker, word)));
                Collect(i, _bySpeaker.GetValueOrDefault((null, word)));
            }
        }

        return _candidates;
    }

    /// <summary>
    /// Walks a posting list from its end down to <paramref name="i"/>'s group: what lies beyond it is not swept yet.
    /// A later occurrence is in one posting list of each content word it shares, so counting its hits counts those words.
    /// </summary>
    private void Collect(int i, List<int>? list)
    {
        var end = _groupEnd[i];
        for (var k = (list?.Count ?? 0) - 1; k >= 0 && _place[list![k]] > end; k--)
        {
            var j = list[k];
            if (_collectedFor[j] == i)
            {
                _candidates[_slot[j]] = (j, _candidates[_slot[j]].Shared + 1);
            }
            else
            {
                _collectedFor[j] = i;
                _slot[j] = _candidates.Count;
                _candidates.Add((j, 1));
            }
        }
    }

    /// <summary>Places the occurrences not swept yet group by group, and indexes them by speaker and word.</summary>
    private void Regroup()
    {
        _left = [.. _left.Skip(_next).GroupBy(_groups.Find).SelectMany(group => group)];
        _next = 0;
        _postings = 0;
        _passedOver = 0;
        _bySpeaker.Clear();
        _byWord.Clear();
        for (var p = 0; p < _left.Count; p++)
        {
            var i = _left[p];
            _place[i] = p;
            foreach (var word in _ordered[i].ContentWords)
            {
                _bySpeaker.Post((_ordered[i].Speaker, word), i);
                _byWord.Post(word, i);
                _postings += 2;
            }
        }

        for (var p = _left.Count - 1; p >= 0; p--)
        {
            var i = _left[p];
            _groupEnd[i] = p + 1 < _left.Count && _groups.Find(_left[p + 1]) == _groups.Find(i) ? _groupEnd[_left[p + 1]] : p;
        }
    }
}
