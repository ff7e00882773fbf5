using GraphQL.Utilities;
using NewsGraph.Api.Loading;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>PropagationRelay</c>, whose source is a RELAYED edge: the fields of <c>Relay</c> and the article's.</summary>
internal sealed class PropagationRelayResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "PropagationRelay";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        RelayResolvers.ConfigureRelayFields(type);
        type.FieldFor("article").Resolver = Resolve.From<GraphEdge>((relay, context) =>
            context.Loaders().Node(relay.From).Then(node => node.WithLabel(NodeLabels.Article)));
        type.FieldFor("publishedAt").Resolver = Resolve.From<GraphEdge>((relay, context) =>
            context.Loaders().Node(relay.From).Then(node => node?.GetString("publishedAt")));
        type.FieldFor("outlet").Resolver = Resolve.From<GraphEdge>((relay, context) =>
            Resolve.NeighbourOf(context, relay.From, EdgeDirection.Outgoing, EdgeTypes.PublishedBy));
        type.FieldFor("kind").Resolver = Resolve.From<GraphEdge>((relay, context) =>
            context.Loaders().Node(relay.To).Then(claim => RelayKinds.Of(relay.Properties, claim?.GetString("kind")).ToString().ToUpperInvariant()));
    }
}
