using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// Bidirectional breadth-first search: each round expands the smaller frontier by one level, and the first level
/// that reaches a node the other side has seen closes a shortest path. Expanding from both ends keeps the frontiers
/// near the square root of what a one-sided search would touch on a dense graph.
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
            var (near, far) = start.Frontier.Count <= end.Frontier.Count ? (start, end) : (end, start);
            if (near.Frontier.Count == 0)
            {
                return null;
            }

            var steps = await walk.ExpandAsync(near.Frontier, near.Reached.Keys, int.MaxValue, cancellationToken).ConfigureAwait(false);
            near.Frontier = steps.Select(step => step.Node).ToList();
            foreach (var step in steps)
            {
                near.Reached[step.Node] = step.Edge;
            }

            // Steps come in id order, so the meeting node (and with it the path) is the same on every run.
            var meeting = steps.FirstOrDefault(step => far.Reached.ContainsKey(step.Node));
            if (meeting is not null)
            {
                return Join(start.PathTo(meeting.Node), end.PathTo(meeting.Node));
            }
        }

        return null;
    }

    private static (IReadOnlyList<string>, IReadOnlyList<EdgeKey>) Join(
        (List<string> Nodes, List<EdgeKey> Edges) fromStart, (List<string> Nodes, List<EdgeKey> Edges) fromEnd)
    {
        fromEnd.Nodes.Reverse();
        fromEnd.Edges.Reverse();
        return ([.. fromStart.Nodes, .. fromEnd.Nodes.Skip(1)], [.. fromStart.Edges, .. fromEnd.Edges]);
    }

    private sealed class Side(string root)
    {
        /// <summary>Every node reached, with the edge it was reached through (null for the root).</summary>
        public Dictionary<string, EdgeKey?> Reached { get; } = new(StringComparer.Ordinal) { [root] = null };

        public List<string> Frontier { get; set; } = [root];

        /// <summary>The nodes and edges from the root to <paramref name="node"/>.</summary>
        public (List<string> Nodes, List<EdgeKey> Edges) PathTo(string node)
        {
            var nodes = new List<string> { node };
            var edges = new List<EdgeKey>();
            while (Reached[node] is { } edge)
            {
                edges.Add(edge);
                node = edge.From == node ? edge.To : edge.From;
                nodes.Add(node);
            }

            nodes.Reverse();
            edges.Reverse();
            return (nodes, edges);
        }
    }
}
