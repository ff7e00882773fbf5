using System.Buffers;
using System.Text.Json;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// A set of values passed as one JSON-array parameter and read back with <c>json_each</c>, so that any number of ids
/// fits in one statement without building SQL or hitting SQLite's limit on parameters.
/// </summary>
internal static class JsonArray
{
    public static string Of(IEnumerable<string> values)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>SQL for "the values of the JSON array in <paramref name="parameter"/>".</summary>
    public static string Values(string parameter) => $"(SELECT value FROM json_each({parameter}))";
}
