namespace NewsGraph.Graph;

/// <summary>One page of a <see cref="NodeQuery"/>.</summary>
/// <param name="Nodes">The nodes, in order.</param>
/// <param name="EndCursor">Cursor of the last node, to pass as <see cref="NodeQuery.After"/>; null on an empty page.</param>
/// <param name="HasNextPage">Whether more nodes follow.</param>
/// <param name="TotalCount">Every match of the filter, when <see cref="NodeQuery.IncludeTotal"/> asked for it.</param>
public sealed record NodePage(IReadOnlyList<GraphNode> Nodes, string? EndCursor, bool HasNextPage, long? TotalCount);
