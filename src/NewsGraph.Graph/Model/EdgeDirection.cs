namespace NewsGraph.Graph;

/// <summary>Which edges of a node to read.</summary>
public enum EdgeDirection
{
    /// <summary>Edges that start at the node.</summary>
    Outgoing,
    /// <summary>Edges that end at the node.</summary>
    Incoming,
    /// <summary>Both.</summary>
    Both,
}
