using System.Collections.Frozen;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// How the model sits in Neo4j beyond its own labels: a shared label that carries the global id constraint,
/// the helper properties that hold name keys and search terms, and which property is each label's display name.
/// </summary>
internal static class StoreSchema
{
    /// <summary>Every node also carries this label, so a lookup by id alone is an index seek.</summary>
    public const string NodeLabel = "Node";

    /// <summary>The node property that holds the <see cref="NameKey"/>s of name, aliases and description.</summary>
    public const string NameKeysProperty = "nameKeys";

    /// <summary>The node property that holds the <see cref="SearchTerms"/> of the display name and aliases.</summary>
    public const string SearchTermsProperty = "searchTerms";

    /// <summary>The node property that holds the id.</summary>
    public const string IdProperty = "id";

    /// <summary>Whether <paramref name="key"/> is a property the store keeps for itself, not one of the model's.</summary>
    public static bool IsReserved(string key) => key is IdProperty or NameKeysProperty or SearchTermsProperty;

    /// <summary>Labels in the order <see cref="IGraphStore.ReadAllNodesAsync"/> promises (ordinal).</summary>
    public static IReadOnlyList<string> LabelsInOrder { get; } = [.. NodeLabels.All.Order(StringComparer.Ordinal)];

    /// <summary>Edge types in the order <see cref="IGraphStore.ReadAllEdgesAsync"/> promises (ordinal).</summary>
    public static IReadOnlyList<string> EdgeTypesInOrder { get; } = [.. EdgeTypes.All.Order(StringComparer.Ordinal)];

    /// <summary>The display-name property of each label (NodeFilter.NameContains, NodeOrderField.Name, search).</summary>
    public static FrozenDictionary<string, string> DisplayProperty { get; } = new Dictionary<string, string>
    {
        [NodeLabels.Article] = "title",
        [NodeLabels.Person] = "name",
        [NodeLabels.Organization] = "name",
        [NodeLabels.Place] = "name",
        [NodeLabels.AnonymousSource] = "description",
        [NodeLabels.Claim] = "text",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The label, when it is one of the model's; otherwise an <see cref="ArgumentException"/>.</summary>
    public static string RequireLabel(string label, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(label, parameterName);
        return DisplayProperty.ContainsKey(label)
            ? label
            : throw new ArgumentException($"'{label}' is not a label of the NewsGraph model.", parameterName);
    }

    /// <summary>The edge type, when it is one of the model's; otherwise an <see cref="ArgumentException"/>.</summary>
    public static string RequireEdgeType(string type, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(type, parameterName);
        return EdgeTypes.All.Contains(type, StringComparer.Ordinal)
            ? type
            : throw new ArgumentException($"'{type}' is not a relationship type of the NewsGraph model.", parameterName);
    }
}
