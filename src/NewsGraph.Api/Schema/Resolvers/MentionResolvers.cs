using GraphQL.Utilities;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Mention</c>, whose source is a MENTIONS edge.</summary>
internal sealed class MentionResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "Mention";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.FieldFor("article").Resolver = Resolve.From<GraphEdge>((edge, context) => context.Loaders().Node(edge.From));
        type.FieldFor("entity").Resolver = Resolve.From<GraphEdge>((edge, context) => context.Loaders().Node(edge.To));
        type.FieldFor("count").Resolver = Resolve.From<GraphEdge>((edge, _) =>
            edge.Properties.TryGetValue("count", out var value) && value is long count ? checked((int)count) : 1);
    }
}
