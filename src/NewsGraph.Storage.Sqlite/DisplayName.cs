using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>Which property names a node of each label: the one <see cref="NodeOrderField.Name"/> sorts by.</summary>
internal static class DisplayName
{
    public static string PropertyOf(string label) => label switch
    {
        NodeLabels.Article => "title",
        NodeLabels.Claim => "text",
        NodeLabels.AnonymousSource => "description",
        _ => "name",
    };
}
