using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NewsGraph.Graph;

namespace NewsGraph.LoadTest;

/// <summary>
/// What the hand-written baseline handlers share: the store reads the GraphQL resolvers make, and JSON written as the
/// GraphQL endpoint writes it (compact, relaxed escaping, <c>application/graphql-response+json</c>).
/// </summary>
internal static class BaselineJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>Starts the answer: a writer over the response body, positioned inside <c>{"data":{</c>.</summary>
    public static Utf8JsonWriter Begin(HttpResponse response)
    {
        response.ContentType = LoadClient.ResponseMediaType.ToString();
        var json = new Utf8JsonWriter(response.BodyWriter, Options);
        json.WriteStartObject();
        json.WriteStartObject("data");
        return json;
    }

    /// <summary>Closes <c>data</c> and the answer, and sends what is left.</summary>
    public static async Task EndAsync(Utf8JsonWriter json, HttpResponse response, CancellationToken cancellationToken)
    {
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        await json.DisposeAsync().ConfigureAwait(false);
        await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A string variable of the GraphQL request body, as a REST endpoint would read its parameter.</summary>
    public static async Task<string> ReadVariableAsync(HttpRequest request, string name, CancellationToken cancellationToken)
    {
        using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        return body.RootElement.GetProperty("variables").GetProperty(name).GetString()
            ?? throw new InvalidOperationException($"The variable {name} is null.");
    }

    /// <summary>The nodes with these ids, by id.</summary>
    public static async Task<Dictionary<string, GraphNode>> NodesAsync(IGraphStore store, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var nodes = await store.GetNodesAsync([.. ids.Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
        return nodes.ToDictionary(node => node.Id, StringComparer.Ordinal);
    }

    /// <summary>The <paramref name="type"/> edges of these nodes in <paramref name="direction"/>, grouped by the node, in the store's order.</summary>
    public static async Task<ILookup<string, GraphEdge>> EdgesAsync(
        IGraphStore store, IReadOnlyCollection<string> ids, EdgeDirection direction, string type, CancellationToken cancellationToken)
    {
        var edges = await store.GetEdgesAsync(ids, direction, [type], cancellationToken).ConfigureAwait(false);
        return edges.ToLookup(edge => direction == EdgeDirection.Outgoing ? edge.From : edge.To, StringComparer.Ordinal);
    }

    /// <summary>The claims' speakers, read as <c>speaker { name }</c> of a list of claims reads them: their STATED edges, then the speakers.</summary>
    public static async Task<(Dictionary<string, string> SpeakerIds, Dictionary<string, GraphNode> Nodes)> SpeakersAsync(
        IGraphStore store, IReadOnlyCollection<GraphNode> claims, CancellationToken cancellationToken)
    {
        var stated = await EdgesAsync(store, [.. claims.Select(claim => claim.Id)], EdgeDirection.Incoming, EdgeTypes.Stated, cancellationToken).ConfigureAwait(false);
        var speakerIds = SpeakerIds(claims, stated);
        return (speakerIds, await NodesAsync(store, speakerIds.Values, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The ids of the claims' speakers: the start of each claim's first STATED edge, as <c>Claim.speaker</c> takes it.</summary>
    public static Dictionary<string, string> SpeakerIds(IEnumerable<GraphNode> claims, ILookup<string, GraphEdge> stated) =>
        claims.Where(claim => stated[claim.Id].Any()).ToDictionary(claim => claim.Id, claim => stated[claim.Id].First().From, StringComparer.Ordinal);

    /// <summary><c>speaker { name }</c> of a claim, or null.</summary>
    public static void WriteSpeaker(Utf8JsonWriter json, string claimId, Dictionary<string, string> speakerIds, Dictionary<string, GraphNode> nodes) =>
        WriteNameObject(json, "speaker", speakerIds.TryGetValue(claimId, out var id) ? nodes.GetValueOrDefault(id) : null);

    /// <summary><c>{ name }</c> of a speaker (an anonymous source's name is its description), or null.</summary>
    public static void WriteNameObject(Utf8JsonWriter json, string property, GraphNode? node)
    {
        if (node is null)
        {
            json.WriteNull(property);
            return;
        }

        json.WriteStartObject(property);
        json.WriteString("name", node.GetString(node.Label == NodeLabels.AnonymousSource ? "description" : "name"));
        json.WriteEndObject();
    }

    /// <summary>An Int field read from an integer property, 0 when absent.</summary>
    public static void WriteCount(Utf8JsonWriter json, string property, GraphNode node) => json.WriteNumber(property, node.GetLong(property));
}
