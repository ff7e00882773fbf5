using System.Text.Json;
using System.Text.Json.Serialization;
using NewsGraph.Graph;

namespace NewsGraph.App.Export;

/// <summary>
/// Writes the graph one JSON object per line in the shape of APOC's JSON export:
/// <c>{"type":"node","id","labels","properties"}</c>, then
/// <c>{"type":"relationship","label","properties","start":{"id","labels"},"end":{"id","labels"}}</c>.
/// </summary>
internal sealed class JsonLinesExporter : IGraphExporter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new FloatConverter() },
    };

    public async Task WriteAsync(IGraphStore store, TextWriter output, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var node in store.ReadAllNodesAsync(cancellationToken).ConfigureAwait(false))
        {
            labels[node.Id] = node.Label;
            var properties = new SortedDictionary<string, object?>(node.Properties.Where(p => p.Value is not null).ToDictionary(), StringComparer.Ordinal)
            {
                ["id"] = node.Id,
            };
            await output.WriteLineAsync(JsonSerializer.Serialize(new { type = "node", id = node.Id, labels = new[] { node.Label }, properties }, Options)).ConfigureAwait(false);
        }

        await foreach (var edge in store.ReadAllEdgesAsync(cancellationToken).ConfigureAwait(false))
        {
            var line = new
            {
                type = "relationship",
                label = edge.Type,
                properties = new SortedDictionary<string, object?>(edge.Properties.Where(p => p.Value is not null).ToDictionary(), StringComparer.Ordinal),
                start = new { id = edge.From, labels = new[] { labels[edge.From] } },
                end = new { id = edge.To, labels = new[] { labels[edge.To] } },
            };
            await output.WriteLineAsync(JsonSerializer.Serialize(line, Options)).ConfigureAwait(false);
        }
    }

    /// <summary>Floats as <see cref="FloatText"/> writes them, so <c>1.0</c> does not read back as the integer 1.</summary>
    private sealed class FloatConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteRawValue(FloatText.Of(value), skipInputValidation: true);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
