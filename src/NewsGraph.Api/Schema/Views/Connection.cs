using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Views;

/// <summary>A page of nodes: the source of every <c>…Connection</c> type.</summary>
/// <param name="Nodes">The nodes of the page.</param>
/// <param name="PageInfo">Where the page ends.</param>
/// <param name="TotalCount">Every match over all pages; null when nobody asked for it.</param>
internal sealed record Connection(IReadOnlyList<GraphNode> Nodes, PageInfo PageInfo, long? TotalCount);
