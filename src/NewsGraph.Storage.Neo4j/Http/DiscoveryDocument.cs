using System.Text.Json;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>
/// What <c>GET /</c> tells about a Neo4j server. 3.x answers <c>{"data": ".../db/data/", "management": …}</c>
/// and no version; 4.x and 5.x answer <c>{"transaction": ".../db/{databaseName}/tx", "neo4j_version": …}</c>;
/// 5.19+ and Aura add <c>"query": ".../db/{databaseName}/query/v2"</c>.
/// </summary>
/// <param name="TransactionPath">The transactional endpoint's path for the database, if offered.</param>
/// <param name="QueryPath">The Query API's path for the database, if offered.</param>
/// <param name="Version">The server version, when the document names it (4.0 and later).</param>
/// <param name="Edition">The edition, when the document names it.</param>
internal sealed record DiscoveryDocument(string? TransactionPath, string? QueryPath, string? Version, string? Edition)
{
    private const string DatabasePlaceholder = "{databaseName}";

    /// <summary>Reads the discovery document for <paramref name="database"/>.</summary>
    /// <exception cref="GraphStoreException">The document offers no endpoint this adapter speaks.</exception>
    public static DiscoveryDocument Parse(JsonElement root, string database, Uri url)
    {
        var transaction = PathOf(root, "transaction", database);
        var query = PathOf(root, "query", database);
        if (transaction is null && PathOf(root, "data", database) is { } data)
        {
            transaction = data.TrimEnd('/') + "/transaction";
        }

        if (transaction is null && query is null)
        {
            throw new GraphStoreException(
                $"{url} does not look like a Neo4j server: its discovery document offers no transactional endpoint or Query API.",
                StoreErrorCodes.NotNeo4j, isTransient: false);
        }

        return new DiscoveryDocument(transaction, query, StringOf(root, "neo4j_version"), StringOf(root, "neo4j_edition"));
    }

    private static string? PathOf(JsonElement root, string name, string database)
    {
        var template = StringOf(root, name);
        if (template is null)
        {
            return null;
        }

        var url = template.Replace(DatabasePlaceholder, Uri.EscapeDataString(database), StringComparison.Ordinal);
        return Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : null;
    }

    private static string? StringOf(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
