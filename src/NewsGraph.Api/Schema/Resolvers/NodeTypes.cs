using GraphQL.Utilities;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Recognizing which GraphQL object type a <see cref="GraphNode"/> is: its label.</summary>
internal static class NodeTypes
{
    /// <summary>Makes <paramref name="type"/> match nodes of <paramref name="label"/>.</summary>
    public static void MatchLabel(this TypeConfig type, string label) =>
        type.IsTypeOfFunc = source => source is GraphNode node && node.Label == label;

    /// <summary>The node when it has <paramref name="label"/>, else null.</summary>
    public static GraphNode? WithLabel(this GraphNode? node, string label) => node?.Label == label ? node : null;

    /// <summary>The label of a <c>NodeType</c> or <c>RelayerType</c> enum value (<c>ANONYMOUS_SOURCE</c> → <c>AnonymousSource</c>).</summary>
    public static string LabelOf(string enumValue) =>
        NodeLabels.All.FirstOrDefault(label => string.Equals(label, enumValue.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentOutOfRangeException(nameof(enumValue), enumValue, "not a node type");
}
