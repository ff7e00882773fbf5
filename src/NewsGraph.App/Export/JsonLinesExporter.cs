using System.Text.Json;
using NewsGraph.Graph;

namespace NewsGraph.App.Export;

/// <summary>
/// Writes the graph one JSON object per line in the shape of APOC's JSON export:
/// <c>{"type":"node","id","labels","properties"}</c>, then
/// <c>{"type":"relationship","label","properties","start":{"id","labels"},"end":{"id","labels"}}</c>.
/// </summary>
internal sealed class JsonLinesExporter : IGraphExporter
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
}
