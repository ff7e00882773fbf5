using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// Bidirectional breadth-first search: each round expands by one level the frontier that touches fewer edges, and the
/// first level that reaches a node the other side has seen closes a shortest path. Counting edges rather than nodes
/// matters where hubs are: a frontier of a hundred nodes that holds an outlet or a country touches a hundred thousand
/// edges, while the other side's frontier of a hundred articles touches a thousand and reaches the same hub. The
/// counts are sums of the nodes' degrees (migration 0009), taken once per frontier.
/// </summary>
internal sealed class ShortestPathSearch(BreadthFirst walk)
{
    /// <summary>The node ids and edges of a shortest path, or null when none has at most <paramref name="maxHops"/> edges.</summary>
    public async Task<(IReadOnlyList<string> Nodes, IReadOnlyList<EdgeKey> Edges)?> FindAsync(
        string fromId, string toId, int maxHops, CancellationToken cancellationToken)
    {
        var start = new Side(fromId);
        var end = new Side(toId);
        for (var hops = 0; hops < maxHops; hops++)
        {
            var (near, far) = await SmallerFrontierFirstAsync(start, end, cancellationToken).ConfigureAwait(false);
            if (near.Frontier.Count == 0)
            {
                return null;
            }

            // A meeting node can only be in the far side's frontier: any nearer node of it would have met this side
            // before. The last round needs only that node, the first in id order, with its edge to this side, not the
            // whole level (often the largest of the search); earlier rounds take the level, in id order, so the meeting
            // node is the same one.
            var (meeting, link) = hops == maxHops - 1
                ? await walk.FirstNeighbourInAsync(near.Frontier, far.Frontier, cancellationToken).ConfigureAwait(false)
                : (await ExpandAsync(near, far, cancellationToken).ConfigureAwait(false), null);
            if (meeting is not null)
            {
                near.Add([meeting]);
                var fromStart = await PathAsync(start, meeting, start == near ? link : null, cancellationToken).ConfigureAwait(false);
                var fromEnd = await PathAsync(end, meeting, end == near ? link : null, cancellationToken).ConfigureAwait(false);
                return ([.. fromStart.Nodes, .. fromEnd.Nodes.AsEnumerable().Reverse().Skip(1)], [.. fromStart.Edges, .. fromEnd.Edges.AsEnumerable().Reverse()]);
            }
        }

        return null;
    }

    /// <summary>Adds the near side's next level; returns its first node that the far side has reached, if any.</summary>
    private async Task<string?> ExpandAsync(Side near, Side far, CancellationToken cancellationToken)
    {
        var level = await walk.NextLevelAsync(near.Frontier, near.LastTwoLevels, long.MaxValue, cancellationToken).ConfigureAwait(false);
        var meeting = level.FirstOrDefault(far.Has);
        if (meeting is null)
        {
            near.Add(level);
        }

        return meeting;
    }

    private async Task<(Side Near, Side Far)> SmallerFrontierFirstAsync(Side start, Side end, CancellationToken cancellationToken)
    {
        var fromStart = await FrontierEdgesAsync(start, cancellationToken).ConfigureAwait(false);
        return await FrontierEdgesAsync(end, cancellationToken).ConfigureAwait(false) < fromStart ? (end, start) : (start, end);
    }

    private async Task<long> FrontierEdgesAsync(Side side, CancellationToken cancellationToken) =>
        side.FrontierEdges ??= await walk.CountEdgesAsync(side.Frontier, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The nodes and edges from the side's root to <paramref name="node"/>, each node linked to the level before it by
    /// its first edge; <paramref name="link"/> is the node's own, when known.
    /// </summary>
    private async Task<(List<string> Nodes, List<EdgeKey> Edges)> PathAsync(Side side, string node, EdgeKey? link, CancellationToken cancellationToken)
    {
        var nodes = new List<string> { node };
        var edges = new List<EdgeKey>();
        for (var level = side.LevelOf(node); level > 0; level--)
        {
            var edge = link ?? await walk.LinkAsync(node, side.Levels[level - 1], cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"No edge links '{node}' to the level it was reached from.");
            link = null;
            edges.Add(edge);
            node = edge.From == node ? edge.To : edge.From;
            nodes.Add(node);
        }

        nodes.Reverse();
        edges.Reverse();
        return (nodes, edges);
    }

    private sealed class Side(string root)
    {
        private readonly Dictionary<string, int> _levelOf = new(StringComparer.Ordinal) { [root] = 0 };

        /// <summary>The nodes at each distance from the root, the root alone first.</summary>
        public List<IReadOnlyList<string>> Levels { get; } = [[root]];

        public IReadOnlyList<string> Frontier => Levels[^1];

        public IEnumerable<string> LastTwoLevels => Levels.Count == 1 ? Levels[0] : Levels[^2].Concat(Levels[^1]);

        /// <summary>How many edges touch the frontier, once counted.</summary>
        public long? FrontierEdges { get; set; }

        public bool Has(string node) => _levelOf.ContainsKey(node);

        public int LevelOf(string node) => _levelOf[node];

        public void Add(IReadOnlyList<string> level)
        {
            foreach (var node in level)
            {
                _levelOf[node] = Levels.Count;
            }

            Levels.Add(level);
            FrontierEdges = null;
        }
    }
}
