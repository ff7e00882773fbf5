using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsGraph.Graph;
using static NewsGraph.LoadTest.BaselineJson;

namespace NewsGraph.LoadTest;

/// <summary>
/// <c>POST /baseline/{name}</c>: each benchmark query answered without GraphQL, as a hand-written REST endpoint would
/// answer it. Each reads the store as the resolvers do (the same <see cref="IGraphStore"/> calls, batched per level as
/// the loaders batch them) and writes the bytes the GraphQL endpoint writes, so the ratio of the two measures what
/// the GraphQL layer costs: parsing, validation, execution and its serializer.
/// </summary>
internal static class BaselineEndpoints
{
    public const string Path = "/baseline/";

    private static readonly byte[] Typename = """{"data":{"__typename":"Query"}}"""u8.ToArray();

    public static void Map(WebApplication app)
    {
        // { __typename } reads nothing, so its baseline is the constant answer: Kestrel's floor.
        app.MapPost(Path + "typename", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
            context.Response.ContentType = LoadClient.ResponseMediaType.ToString();
            await context.Response.Body.WriteAsync(Typename, context.RequestAborted).ConfigureAwait(false);
        });
        app.MapPost(Path + "starter", StarterAsync);
        app.MapPost(Path + "speaker", SpeakerAsync);
        app.MapPost(Path + "search", SearchAsync);
    }

    /// <summary>The IDE's starter document: the 20 most relayed claims, their speakers, and every relay with its relayer and intermediary.</summary>
    private static async Task StarterAsync(HttpContext context, IGraphStore store)
    {
        var cancellationToken = context.RequestAborted;
        await context.Request.Body.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        var page = await store.ListNodesAsync(
            new NodeQuery(NodeLabels.Claim) { Order = new NodeOrder(NodeOrderField.RelayCount, Descending: true), First = 20, IncludeTotal = true },
            cancellationToken).ConfigureAwait(false);
        var claimIds = page.Nodes.Select(claim => claim.Id).ToList();
        var stated = await EdgesAsync(store, claimIds, EdgeDirection.Incoming, EdgeTypes.Stated, cancellationToken).ConfigureAwait(false);
        var relayed = await EdgesAsync(store, claimIds, EdgeDirection.Incoming, EdgeTypes.Relayed, cancellationToken).ConfigureAwait(false);
        var speakerIds = SpeakerIds(page.Nodes, stated);
        var relays = relayed.SelectMany(relaysOfClaim => relaysOfClaim).ToList();
        var nodes = await NodesAsync(
            store, speakerIds.Values.Concat(relays.Select(relay => relay.From)).Concat(relays.Select(Via).OfType<string>()), cancellationToken).ConfigureAwait(false);
        var articles = relays.Select(relay => relay.From).Distinct(StringComparer.Ordinal)
            .Where(id => nodes.GetValueOrDefault(id)?.Label == NodeLabels.Article).ToList();
        var published = await EdgesAsync(store, articles, EdgeDirection.Outgoing, EdgeTypes.PublishedBy, cancellationToken).ConfigureAwait(false);
        var outletIds = articles.Where(id => published[id].Any()).ToDictionary(id => id, id => published[id].First().To, StringComparer.Ordinal);
        var outlets = await NodesAsync(store, outletIds.Values, cancellationToken).ConfigureAwait(false);

        var json = Begin(context.Response);
        json.WriteStartObject("claims");
        json.WriteNumber("totalCount", page.TotalCount!.Value);
        json.WriteStartArray("nodes");
        foreach (var claim in page.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("text", claim.GetString("text"));
            WriteSpeaker(json, claim.Id, speakerIds, nodes);
            WriteCount(json, "relayCount", claim);
            json.WriteStartArray("relays");
            foreach (var relay in relayed[claim.Id])
            {
                var by = nodes[relay.From];
                json.WriteStartObject();
                json.WriteStartObject("by");
                json.WriteString("__typename", by.Label);
                if (by.Label == NodeLabels.Article)
                {
                    json.WriteString("title", by.GetString("title"));
                    WriteNameObject(json, "outlet", outletIds.TryGetValue(by.Id, out var outlet) ? outlets.GetValueOrDefault(outlet) : null);
                }
                else
                {
                    json.WriteString("name", by.GetString("name"));
                }

                json.WriteEndObject();
                json.WriteString("wording", relay.Properties.GetValueOrDefault("wording") as string);
                json.WriteBoolean("altered", relay.Properties.GetValueOrDefault("altered") is true);
                WriteNameObject(json, "via", Via(relay) is { } via ? nodes.GetValueOrDefault(via) : null);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await EndAsync(json, context.Response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first 20 claims of one speaker (by name), with the total, each claim's fields and speaker, and the page's info.</summary>
    private static async Task SpeakerAsync(HttpContext context, IGraphStore store)
    {
        var cancellationToken = context.RequestAborted;
        var speaker = await ReadVariableAsync(context.Request, "speaker", cancellationToken).ConfigureAwait(false);
        var page = await store.ListNodesAsync(
            new NodeQuery(NodeLabels.Claim) { Filter = new NodeFilter { Speaker = speaker }, First = 20, IncludeTotal = true },
            cancellationToken).ConfigureAwait(false);
        var (speakerIds, nodes) = await SpeakersAsync(store, page.Nodes, cancellationToken).ConfigureAwait(false);

        var json = Begin(context.Response);
        json.WriteStartObject("claims");
        json.WriteNumber("totalCount", page.TotalCount!.Value);
        json.WriteStartArray("nodes");
        foreach (var claim in page.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("id", claim.Id);
            json.WriteString("text", claim.GetString("text"));
            json.WriteString("kind", Kind(claim));
            WriteCount(json, "relayCount", claim);
            WriteCount(json, "alteredCount", claim);
            json.WriteString("firstSeenAt", claim.GetString("firstSeenAt"));
            WriteSpeaker(json, claim.Id, speakerIds, nodes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("pageInfo");
        json.WriteBoolean("hasNextPage", page.HasNextPage);
        json.WriteString("endCursor", page.EndCursor);
        json.WriteEndObject();
        json.WriteEndObject();
        await EndAsync(json, context.Response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The 20 best hits of a search, each with its type and name (a claim with its text and speaker).</summary>
    private static async Task SearchAsync(HttpContext context, IGraphStore store)
    {
        var cancellationToken = context.RequestAborted;
        var text = await ReadVariableAsync(context.Request, "text", cancellationToken).ConfigureAwait(false);
        var hits = await store.SearchAsync(text, null, 20, cancellationToken).ConfigureAwait(false);
        var claims = hits.Select(hit => hit.Node).Where(node => node.Label == NodeLabels.Claim).ToList();
        var (speakerIds, nodes) = await SpeakersAsync(store, claims, cancellationToken).ConfigureAwait(false);

        var json = Begin(context.Response);
        json.WriteStartArray("search");
        foreach (var node in hits.Select(hit => hit.Node))
        {
            json.WriteStartObject();
            json.WriteString("__typename", node.Label);
            switch (node.Label)
            {
                case NodeLabels.Claim:
                    json.WriteString("id", node.Id);
                    json.WriteString("text", node.GetString("text"));
                    WriteSpeaker(json, node.Id, speakerIds, nodes);
                    break;
                case NodeLabels.Article:
                    json.WriteString("id", node.Id);
                    json.WriteString("title", node.GetString("title"));
                    break;
                case NodeLabels.Person or NodeLabels.Organization or NodeLabels.Place:
                    json.WriteString("id", node.Id);
                    json.WriteString("name", node.GetString("name"));
                    break;
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        await EndAsync(json, context.Response, cancellationToken).ConfigureAwait(false);
    }

    private static string? Kind(GraphNode claim) => claim.GetString("kind")?.ToUpperInvariant() switch
    {
        "QUOTE" => "QUOTE",
        "PARAPHRASE" => "PARAPHRASE",
        _ => null,
    };

    private static string? Via(GraphEdge relay) => relay.Properties.GetValueOrDefault("via") as string is { Length: > 0 } via ? via : null;
}
