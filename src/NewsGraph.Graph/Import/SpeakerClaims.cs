using NewsGraph.Graph.Linking;

namespace NewsGraph.Graph.Import;

/// <summary>
/// The claims each speaker has made, with their keywords, kept by the importer so a batch finds the claims its
/// quotes may join without reading every claim of every speaker it quotes. A speaker is read from the store the
/// first time, then kept up to date from what the importer writes; anything the importer did not write itself is
/// read again after a failed write. Only the speakers quoted most recently are kept (<paramref name="capacity"/> of
/// them), so a long import holds the speakers of the moment, not every speaker it met. One importer writes a store at a time
/// (DESIGN §4): a second process writing the same store could make these lists stale.
/// </summary>
internal sealed class SpeakerClaims(IGraphStore store, int capacity = SpeakerClaims.DefaultCapacity)
{
    /// <summary>How many speakers' claims are kept unless told otherwise.</summary>
    public const int DefaultCapacity = 4_096;

    private readonly Dictionary<string, Dictionary<string, ClaimKeywords>> _bySpeaker = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _speakerOf = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _recent = new();
    private readonly Dictionary<string, LinkedListNode<string>> _places = new(StringComparer.Ordinal);

    /// <summary>The claims of <paramref name="speakers"/> that a quote of theirs (content words by speaker) may join.</summary>
    public async Task<IEnumerable<string>> JoinableAsync(IReadOnlyCollection<string> speakers, Func<string, IEnumerable<IReadOnlySet<string>>> contentWordsOf, CancellationToken cancellationToken)
    {
        var missing = speakers.Where(s => !_bySpeaker.ContainsKey(s)).ToList();
        if (missing.Count > 0)
        {
            await LoadAsync(missing, cancellationToken).ConfigureAwait(false);
        }

        foreach (var speaker in speakers)
        {
            Touch(speaker);
        }

        return speakers.SelectMany(speaker => _bySpeaker[speaker]
            .Where(claim => contentWordsOf(speaker).Any(words => StatementLinker.CanJoin(words, claim.Value.Keywords, claim.Value.IsParaphrase)))
            .Select(claim => claim.Key));
    }

    /// <summary>Records what a change the importer applied did to claims and their speakers.</summary>
    public void Applied(GraphChange change)
    {
        foreach (var id in change.DeleteNodes)
        {
            if (_speakerOf.Remove(id, out var speaker) && _bySpeaker.TryGetValue(speaker, out var claims))
            {
                claims.Remove(id);
            }
        }

        var claimNodes = change.UpsertNodes.Where(n => n.Label == NodeLabels.Claim).ToDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var stated in change.UpsertEdges.Where(e => e.Type == EdgeTypes.Stated && claimNodes.ContainsKey(e.To)))
        {
            if (_bySpeaker.TryGetValue(stated.From, out var claims))
            {
                claims[stated.To] = ClaimKeywords.Of(claimNodes[stated.To]);
                _speakerOf[stated.To] = stated.From;
            }
        }
    }

    /// <summary>Forgets everything, to be read again from the store.</summary>
    public void Clear()
    {
        _bySpeaker.Clear();
        _speakerOf.Clear();
        _recent.Clear();
        _places.Clear();
    }

    /// <summary>Marks <paramref name="speaker"/> as quoted now, and forgets the least recently quoted beyond the capacity.</summary>
    private void Touch(string speaker)
    {
        if (_places.Remove(speaker, out var place))
        {
            _recent.Remove(place);
        }

        _places[speaker] = _recent.AddFirst(speaker);
        while (_recent.Count > capacity)
        {
            var oldest = _recent.Last!.Value;
            _recent.RemoveLast();
            _places.Remove(oldest);
            if (_bySpeaker.Remove(oldest, out var claims))
            {
                foreach (var claim in claims.Keys)
                {
                    _speakerOf.Remove(claim);
                }
            }
        }
    }

    private async Task LoadAsync(List<string> speakers, CancellationToken cancellationToken)
    {
        var stated = await store.GetEdgesAsync(speakers, EdgeDirection.Outgoing, [EdgeTypes.Stated], cancellationToken).ConfigureAwait(false);
        var nodes = (await store.GetNodesAsync(stated.Select(e => e.To).Distinct().ToList(), cancellationToken).ConfigureAwait(false))
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var speaker in speakers)
        {
            _bySpeaker[speaker] = new Dictionary<string, ClaimKeywords>(StringComparer.Ordinal);
        }

        foreach (var edge in stated.Where(e => nodes.ContainsKey(e.To)))
        {
            _bySpeaker[edge.From][edge.To] = ClaimKeywords.Of(nodes[edge.To]);
            _speakerOf[edge.To] = edge.From;
        }
    }

    private sealed record ClaimKeywords(IReadOnlySet<string> Keywords, bool IsParaphrase)
    {
        public static ClaimKeywords Of(GraphNode claim) =>
            new(claim.GetStrings(Props.Keywords).ToHashSet(StringComparer.Ordinal), claim.GetString("kind") == "PARAPHRASE");
    }
}
