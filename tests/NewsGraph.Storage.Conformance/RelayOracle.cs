using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

/// <summary>
/// A graph kept in memory beside a store, changed by the same <see cref="GraphChange"/>s, and the relay aggregations
/// counted from it by the rules <see cref="RelayFilter"/>, <see cref="RelayGrouping"/> and <see cref="RelayAggregate"/>
/// document: the answers a store owes, found without any store's query language.
/// </summary>
public sealed class RelayOracle
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<EdgeKey, GraphEdge> _edges = [];

    /// <summary>Applies <paramref name="change"/> in the order <see cref="GraphChange"/> documents.</summary>
    public void Apply(GraphChange change)
    {
        foreach (var key in change.DeleteEdges)
        {
            _edges.Remove(key);
        }

        foreach (var id in change.DeleteNodes)
        {
            _nodes.Remove(id);
            foreach (var key in _edges.Keys.Where(k => k.From == id || k.To == id).ToList())
            {
                _edges.Remove(key);
            }
        }

        foreach (var node in change.UpsertNodes)
        {
            _nodes[node.Id] = node;
        }

        foreach (var edge in change.UpsertEdges)
        {
            _edges[new EdgeKey(edge.Type, edge.From, edge.To)] = edge;
        }
    }

    /// <summary>The groups (<c>key:relays/claims/altered</c>, <c>-</c> for the null key) of every relay in an article <paramref name="keep"/> accepts (all by default).</summary>
    public IReadOnlyList<string> Groups(RelayGrouping grouping, Func<GraphNode, bool>? keep = null)
    {
        var groups = Relays(keep).GroupBy(relay => Key(relay, grouping)).Select(g => (g.Key, Counts: Counts(g))).ToList();
        var ordered = grouping == RelayGrouping.Day
            ? groups.OrderBy(g => g.Key is null)
            : groups.OrderByDescending(g => g.Counts.Relays).ThenBy(g => g.Key is null);
        return ordered.ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key ?? "-"}:{Format(g.Counts)}").ToList();
    }

    /// <summary>What every relay in an article <paramref name="keep"/> accepts adds up to, as <c>relays/claims/altered</c>.</summary>
    public string Total(Func<GraphNode, bool>? keep = null) => Format(Counts(Relays(keep)));

    /// <summary>Every relayed claim as <c>id:relays/altered</c>, most relays first, ties by id.</summary>
    public IReadOnlyList<string> TopClaims() =>
        Relays(null).GroupBy(relay => relay.Claim.Id)
            .Select(g => (Claim: g.Key, Relays: g.Count(), Altered: g.Count(r => r.Kind == RelayKind.Altered)))
            .OrderByDescending(c => c.Relays).ThenBy(c => c.Claim, StringComparer.Ordinal)
            .Select(c => $"{c.Claim}:{c.Relays}/{c.Altered}")
            .ToList();

    private sealed record Relay(GraphNode Article, GraphNode Claim, string? Outlet, string? Speaker, RelayKind Kind);

    // A relay is a RELAYED edge from an Article; its outlet and speaker are the smallest ids where there are several.
    private IEnumerable<Relay> Relays(Func<GraphNode, bool>? keep) =>
        from edge in _edges.Values
        where edge.Type == EdgeTypes.Relayed && _nodes[edge.From].Label == NodeLabels.Article && (keep?.Invoke(_nodes[edge.From]) ?? true)
        let claim = _nodes[edge.To]
        select new Relay(
            _nodes[edge.From],
            claim,
            Smallest(_edges.Keys.Where(k => k.Type == EdgeTypes.PublishedBy && k.From == edge.From).Select(k => k.To)),
            Smallest(_edges.Keys.Where(k => k.Type == EdgeTypes.Stated && k.To == edge.To).Select(k => k.From)),
            RelayKinds.Of(edge.Properties, claim.GetString("kind")));

    private static string? Key(Relay relay, RelayGrouping grouping) => grouping switch
    {
        RelayGrouping.Outlet => relay.Outlet,
        RelayGrouping.Speaker => relay.Speaker,
        RelayGrouping.Day => relay.Article.GetString("publishedAt") is { } date ? date[..Math.Min(10, date.Length)] : null,
        _ => relay.Kind.ToString().ToUpperInvariant(),
    };

    private static string? Smallest(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).FirstOrDefault();

    private static RelayCounts Counts(IEnumerable<Relay> relays)
    {
        var list = relays.ToList();
        return new RelayCounts(list.Count, list.Select(r => r.Claim.Id).Distinct(StringComparer.Ordinal).Count(), list.Count(r => r.Kind == RelayKind.Altered));
    }

    private static string Format(RelayCounts counts) => $"{counts.Relays}/{counts.Claims}/{counts.Altered}";
}
