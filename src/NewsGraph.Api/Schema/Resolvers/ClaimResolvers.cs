using GraphQL;
using GraphQL.Utilities;
using NewsGraph.Api.Loading;
using NewsGraph.Api.Schema.Views;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Claim</c>.</summary>
internal sealed class ClaimResolvers : ITypeResolvers
{
    private static readonly string[] Kinds = ["QUOTE", "PARAPHRASE"];

    /// <summary>The values of the <c>Stance</c> enum.</summary>
    public static readonly IReadOnlyList<string> Stances = ["SUPPORTS", "DISPUTES", "CANNOT_CONFIRM"];

    /// <inheritdoc />
    public string TypeName => "Claim";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.MatchLabel(NodeLabels.Claim);
        type.FieldFor("id").Resolver = Resolve.From<GraphNode>((node, _) => node.Id);
        type.FieldFor("text").Resolver = Resolve.NodeString("text");
        type.FieldFor("kind").Resolver = Resolve.NodeEnum("kind", Kinds);
        type.FieldFor("firstSeenAt").Resolver = Resolve.NodeString("firstSeenAt");
        type.FieldFor("relayCount").Resolver = Resolve.NodeCount("relayCount");
        type.FieldFor("alteredCount").Resolver = Resolve.NodeCount("alteredCount");
        type.FieldFor("speaker").Resolver = Resolve.Neighbour(EdgeDirection.Incoming, EdgeTypes.Stated);
        type.FieldFor("verb").Resolver = StatedProperty("verb");
        type.FieldFor("channel").Resolver = StatedProperty("channel");
        type.FieldFor("citedSources").Resolver = Resolve.Neighbours(EdgeDirection.Outgoing, EdgeTypes.Cites);
        type.FieldFor("subjects").Resolver = Resolve.Neighbours(EdgeDirection.Outgoing, EdgeTypes.About);
        type.FieldFor("relays").Resolver = Resolve.From<GraphNode>(Relays);
        type.FieldFor("wordings").Resolver = Resolve.From<GraphNode>((claim, context) =>
            context.Loaders().Edges(claim.Id, EdgeDirection.Incoming, EdgeTypes.Relayed).Then(IReadOnlyList<string> (relays) =>
            [
                .. new[] { claim.GetString("text") }.Concat(relays.Select(relay => relay.GetString("wording")))
                    .OfType<string>().Distinct(StringComparer.Ordinal),
            ]));
        type.FieldFor("responses").Resolver = Responses(EdgeDirection.Incoming);
        type.FieldFor("respondsTo").Resolver = Responses(EdgeDirection.Outgoing);
    }

    private static GraphQL.Resolvers.IFieldResolver StatedProperty(string property) =>
        Resolve.From<GraphNode>((claim, context) => context.Loaders().Edges(claim.Id, EdgeDirection.Incoming, EdgeTypes.Stated)
            .Then(edges => edges.Count == 0 ? null : edges[0].GetString(property)));

    private static GraphQL.Resolvers.IFieldResolver Responses(EdgeDirection direction) =>
        Resolve.From<GraphNode>((claim, context) => context.Loaders().Edges(claim.Id, direction, EdgeTypes.RespondsTo)
            .Then(IReadOnlyList<ResponseView> (edges) =>
            [
                .. edges.Select(edge => (edge, stance: Resolve.EnumValue(edge.GetString("stance"), Stances)))
                    .Where(pair => pair.stance is not null)
                    .Select(pair => new ResponseView(pair.edge.OtherEnd(direction), pair.stance!)),
            ]));

    private static object Relays(GraphNode claim, IResolveFieldContext context)
    {
        var loaders = context.Loaders();
        var relays = loaders.Edges(claim.Id, EdgeDirection.Incoming, EdgeTypes.Relayed);
        var by = context.GetArgument<string?>("by");
        if (by is null)
        {
            return relays;
        }

        var label = NodeTypes.LabelOf(by);
        return relays.ThenLoad(edges => loaders.Nodes(edges.Select(edge => edge.From)).Then(IReadOnlyList<GraphEdge> (relayers) =>
        {
            var kept = relayers.Where(node => node.Label == label).Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
            return [.. edges.Where(edge => kept.Contains(edge.From))];
        }));
    }
}
