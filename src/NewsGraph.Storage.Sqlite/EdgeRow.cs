using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>An edge as the <c>edges</c> table holds it.</summary>
internal sealed record EdgeRow(string Type, string From, string To, string Props)
{
    /// <exception cref="ArgumentException">A property has a type the port does not allow.</exception>
    public static EdgeRow Of(GraphEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentException.ThrowIfNullOrEmpty(edge.Type);
        ArgumentException.ThrowIfNullOrEmpty(edge.From);
        ArgumentException.ThrowIfNullOrEmpty(edge.To);
        return new EdgeRow(edge.Type, edge.From, edge.To, PropertyJson.Write(edge.Properties));
    }
}
