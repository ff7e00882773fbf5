using NewsGraph.Graph;

namespace NewsGraph.Api.Loading;

/// <summary>Reading edges from the side of one of their nodes.</summary>
internal static class GraphEdgeExtensions
{
    /// <summary>The node at the far end of an edge read in <paramref name="direction"/>.</summary>
    public static string OtherEnd(this GraphEdge edge, EdgeDirection direction) =>
        direction == EdgeDirection.Outgoing ? edge.To : edge.From;

    /// <summary>A string property, or null.</summary>
    public static string? GetString(this GraphEdge edge, string key) =>
        edge.Properties.TryGetValue(key, out var value) ? value as string : null;
}
