using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>
/// Cypher values to and from the JSON of Neo4j's HTTP APIs. A JSON number with a fraction or exponent is a
/// float and one without is an integer, so doubles are always written with a fraction (<c>1.0</c>, not <c>1</c>).
/// </summary>
internal static class CypherJson
{
    /// <summary>Writer options: relaxed escaping keeps non-ASCII text at its UTF-8 size.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="statement"/> as <c>{"statement": …, "parameters": {…}}</c> plus any extra members.</summary>
    public static void WriteStatement(Utf8JsonWriter writer, CypherStatement statement, bool rowResults)
    {
        writer.WriteStartObject();
        writer.WriteString("statement", statement.Text);
        writer.WritePropertyName("parameters");
        WriteValue(writer, statement.Parameters);
        if (rowResults)
        {
            writer.WriteStartArray("resultDataContents");
            writer.WriteStringValue("row");
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one parameter value: null, string, bool, integer, float, a map or a list of those.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
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
                WriteFloat(writer, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A value of type {value.GetType()} cannot be stored in Neo4j.", nameof(value));
        }
    }

    /// <summary>Reads a JSON value as string, long, double, bool, list, map or null.</summary>
    public static object? ReadValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(ReadValue).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ReadValue(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    private static void WriteFloat(Utf8JsonWriter writer, double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException($"{number} cannot be stored: JSON has no non-finite numbers.", nameof(number));
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        writer.WriteRawValue(text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 ? text : text + ".0");
    }
}
