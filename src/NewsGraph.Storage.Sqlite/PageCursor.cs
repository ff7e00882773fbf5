using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// A keyset cursor: the sort value and id of the last node of a page, with a tag of the order it was issued for,
/// as base64url of the JSON array <c>["Name:asc", "sort value or null", "id"]</c>. Opaque to clients.
/// </summary>
internal sealed record PageCursor(object? Value, string Id)
{
    public static string Encode(NodeOrder order, object? value, string id)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(TagOf(order));
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case long number:
                    writer.WriteNumberValue(number);
                    break;
                default:
                    writer.WriteStringValue((string)value);
                    break;
            }

            writer.WriteStringValue(id);
            writer.WriteEndArray();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    /// <exception cref="InvalidCursorException">The text is not a cursor, or was issued for another order.</exception>
    public static PageCursor Decode(string cursor, NodeOrder order)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var parts = document.RootElement;
            if (parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() != 3
                || parts[0].ValueKind != JsonValueKind.String || parts[2].ValueKind != JsonValueKind.String)
            {
                throw new InvalidCursorException("The cursor is not one this store issued.");
            }

            if (parts[0].GetString() != TagOf(order))
            {
                throw new InvalidCursorException($"The cursor was issued for the order {parts[0].GetString()}, not {TagOf(order)}.");
            }

            return new PageCursor(ValueOf(parts[1], order.Field), parts[2].GetString()!);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException)
        {
            throw new InvalidCursorException("The cursor is not one this store issued.", exception);
        }
    }

    private static object? ValueOf(JsonElement value, NodeOrderField field) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number when field == NodeOrderField.RelayCount => value.GetInt64(),
        JsonValueKind.String when field != NodeOrderField.RelayCount => value.GetString(),
        _ => throw new InvalidCursorException("The cursor's sort value does not fit its order."),
    };

    private static string TagOf(NodeOrder order) => $"{order.Field}:{(order.Descending ? "desc" : "asc")}";
}
