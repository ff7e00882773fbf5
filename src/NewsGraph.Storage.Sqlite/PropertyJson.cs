using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// Property maps as JSON objects that keep the port's value types apart: a double is always written with a
/// fraction or an exponent (<c>1.0</c>), so it reads back as a double and never as a long. Keys are written in
/// ordinal order, so equal maps give equal text. Null values are not stored.
/// </summary>
internal static class PropertyJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static string[]? t_keys;

    [ThreadStatic]
    private static Range[]? t_spans;

    public static string Write(IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var keys = properties.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var key in keys)
            {
                if (properties[key] is { } value)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, key, value);
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The properties in <paramref name="json"/>, UTF-8 as SQLite holds it: the keys are read now, each value when it is
    /// first asked for (<see cref="PropertyMap"/>). The map keeps <paramref name="json"/>, which must not change.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Read(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);

        // The thread's scratch arrays, copied to arrays of the right size at the end: reading holds no await.
        var keys = t_keys ??= new string[16];
        var spans = t_spans ??= new Range[16];
        var count = 0;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = PropertyNames.Read(ref reader);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var span = new Range(start, (int)reader.BytesConsumed);
            var index = Array.IndexOf(keys, name, 0, count);
            if (index < 0)
            {
                if (count == keys.Length)
                {
                    Array.Resize(ref t_keys, count * 2);
                    Array.Resize(ref t_spans, count * 2);
                    (keys, spans) = (t_keys, t_spans);
                }

                index = count++;
                keys[index] = name;
            }

            spans[index] = span;
        }

        var map = new PropertyMap(keys[..count], spans[..count], json);
        Array.Clear(keys, 0, count);
        return map;
    }

    /// <summary>The one value (string, number, boolean or array of strings) <paramref name="json"/> holds.</summary>
    public static object? ReadValue(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return ReadValue(ref reader);
    }

    private static void WriteValue(Utf8JsonWriter writer, string key, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long or int or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float:
                writer.WriteRawValue(FormatDouble(key, Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case IEnumerable<string> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    writer.WriteStringValue(item ?? throw new ArgumentException($"Property '{key}' holds a null list item.", nameof(value)));
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException(
                    $"Property '{key}' has the unsupported type {value.GetType().Name}; use string, long, double, bool or a list of strings.",
                    nameof(value));
        }
    }

    private static string FormatDouble(string key, double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException($"Property '{key}' is {number}; only finite numbers can be stored.", nameof(number));
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny('.', 'E', 'e') < 0 ? text + ".0" : text;
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return reader.ValueSpan.IndexOfAny((byte)'.', (byte)'E', (byte)'e') < 0 && reader.TryGetInt64(out var whole) ? whole : (object)reader.GetDouble();
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(reader.GetString() ?? "");
                }

                return items.ToArray();
            default:
                reader.Skip();
                return null;
        }
    }
}
