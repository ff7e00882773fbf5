using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The words search matches, cut by <see cref="SearchWords"/> as SQLite's FTS5 <c>unicode61 remove_diacritics</c>
/// tokenizer cuts them so both stores find the same nodes, in lower case with their accents folded
/// (<c>Zoë O'Brien-Smith</c> gives <c>zoe</c>, <c>o</c>, <c>brien</c>, <c>smith</c>).
/// </summary>
internal static class SearchTerms
{
    /// <summary>
    /// The words of <paramref name="text"/>, in order, repeats kept, each as its name key: a word holds no
    /// punctuation or space, so that is just the word folded and in lower case.
    /// </summary>
    public static List<string> Of(string text) =>
        [.. SearchWords.Of(text).Select(NameKey.Of).Where(word => word.Length > 0)];

    /// <summary>The distinct words of a node's display name and aliases, which search looks in.</summary>
    public static List<string> OfNode(GraphNode node)
    {
        var name = node.GetString(StoreSchema.DisplayProperty.GetValueOrDefault(node.Label, "name"));
        IEnumerable<string> names = name is null ? node.GetStrings("aliases") : [name, .. node.GetStrings("aliases")];
        return [.. names.SelectMany(Of).Distinct(StringComparer.Ordinal)];
    }
}
