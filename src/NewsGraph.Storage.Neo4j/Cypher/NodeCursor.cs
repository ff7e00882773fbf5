using System.Buffers.Text;
using System.Text.Json;
using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Http;

namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The keyset position after a node: its sort value and id, bound to the label and order that produced it.
/// Opaque to callers (base64url of a small JSON); anything else is an <see cref="InvalidCursorException"/>.
/// </summary>
/// <param name="Scope">The label and order the cursor belongs to.</param>
/// <param name="Value">The sort value of the node (string, long, double), or null when it lacks one.</param>
/// <param name="Id">The node's id.</param>
internal sealed record NodeCursor(string Scope, object? Value, string Id)
{
    private const string Issuer = "newsgraph-neo4j/1";

    /// <summary>The scope of a query: its label and order.</summary>
    public static string ScopeOf(NodeQuery query) => $"{query.Label}|{query.Order.Field}|{(query.Order.Descending ? "desc" : "asc")}";

    /// <summary>The opaque text of the cursor.</summary>
    public string Encode()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CypherJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", Issuer);
            writer.WriteString("scope", Scope);
            writer.WritePropertyName("value");
            CypherJson.WriteValue(writer, Value);
            writer.WriteString("id", Id);
            writer.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.ToArray());
    }

    /// <summary>Reads a cursor that must belong to <paramref name="scope"/>.</summary>
    /// <exception cref="InvalidCursorException">The text is not a cursor of this store for this scope.</exception>
    public static NodeCursor Decode(string text, string scope)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(text));
            var root = document.RootElement;
            if (root.GetProperty("iss").GetString() != Issuer)
            {
                throw new InvalidCursorException("The cursor was not issued by the Neo4j store.");
            }

            if (root.GetProperty("scope").GetString() != scope)
            {
                throw new InvalidCursorException("The cursor belongs to another label or order.");
            }

            return new NodeCursor(scope, CypherJson.ReadValue(root.GetProperty("value")), root.GetProperty("id").GetString() ?? "");
        }
        catch (Exception exception) when (exception is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidCursorException("The cursor is not one this store issued.", exception);
        }
    }
}
