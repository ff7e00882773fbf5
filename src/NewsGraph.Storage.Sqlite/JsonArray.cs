using System.Buffers;
using System.Text.Json;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// A set of values passed as one JSON-array parameter and read back with <c>json_each</c>, so that any number of ids
/// fits in one statement without building SQL or hitting SQLite's limit on parameters.
/// </summary>
internal static class JsonArray
{
    // The thread's buffer and writer, reset for each array: a fresh writer grew its buffer several times per array,
    // and the API builds a few arrays for every request. Writing holds no await. A buffer a long array grew is let go.
    private const int KeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static string Of(IEnumerable<string> values)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
        writer.Flush();
        var json = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > KeptCapacity)
        {
            (t_buffer, t_writer) = (null, null);
        }

        return json;
    }

    /// <summary>SQL for "the values of the JSON array in <paramref name="parameter"/>".</summary>
    public static string Values(string parameter) => $"(SELECT value FROM json_each({parameter}))";
}
