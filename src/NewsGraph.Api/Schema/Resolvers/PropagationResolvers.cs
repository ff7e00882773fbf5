using GraphQL.Utilities;
using NewsGraph.Api.Loading;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Propagation</c>, whose source is the claim node: its relays in time order.</summary>
internal sealed class PropagationResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "Propagation";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.FieldFor("claim").Resolver = Resolve.From<GraphNode>((claim, _) => claim);
        type.FieldFor("relays").Resolver = Resolve.From<GraphNode>((claim, context) =>
        {
            var loaders = context.Loaders();
            return loaders.Edges(claim.Id, EdgeDirection.Incoming, EdgeTypes.Relayed).ThenLoad(relays =>
                loaders.Nodes(relays.Select(relay => relay.From)).Then(IReadOnlyList<GraphEdge> (relayers) =>
                {
                    var publishedAt = relayers.ToDictionary(node => node.Id, node => node.GetString("publishedAt"), StringComparer.Ordinal);
                    return [.. relays
                        .OrderBy(relay => publishedAt.GetValueOrDefault(relay.From) is null)
                        .ThenBy(relay => publishedAt.GetValueOrDefault(relay.From), StringComparer.Ordinal)
                        .ThenBy(relay => relay.From, StringComparer.Ordinal)];
                }));
        });
    }
}
