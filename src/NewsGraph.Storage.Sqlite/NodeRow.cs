using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>A node as the <c>nodes</c> table holds it: the JSON properties and the columns copied out of them.</summary>
internal sealed record NodeRow(
    string Id,
    string Label,
    string? NameLower,
    string NamesLower,
    int SearchWordCount,
    string? PublishedAt,
    string? ImportedAt,
    string? ContentHash,
    long? RelayCount,
    long? AlteredCount,
    string? FirstSeenAt,
    string Props,
    IReadOnlyList<string> NameKeys)
{
    /// <exception cref="ArgumentException">A property has a type the port does not allow.</exception>
    public static NodeRow Of(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentException.ThrowIfNullOrEmpty(node.Id);
        ArgumentException.ThrowIfNullOrEmpty(node.Label);
        var name = node.GetString(DisplayName.PropertyOf(node.Label));
        var aliases = node.GetStrings("aliases");
        var names = name is null ? aliases : [name, .. aliases];
        var namesLower = string.Join('\n', names).ToLowerInvariant();
        return new NodeRow(
            node.Id,
            node.Label,
            name?.ToLowerInvariant(),
            namesLower,
            SearchWords.Of(namesLower).Count,
            node.GetString("publishedAt"),
            node.GetString("importedAt"),
            node.GetString("contentHash"),
            Whole(node, "relayCount"),
            Whole(node, "alteredCount"),
            node.GetString("firstSeenAt"),
            PropertyJson.Write(node.Properties),
            KeysOf(node));
    }

    private static long? Whole(GraphNode node, string key) =>
        node.Properties.TryGetValue(key, out var value) && value is long or int ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string[] KeysOf(GraphNode node)
    {
        IEnumerable<string?> texts = [node.GetString("name"), node.GetString("description"), .. node.GetStrings("aliases")];
        return texts.OfType<string>().Select(NameKey.Of).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }
}
