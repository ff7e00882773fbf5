using GraphQL.Utilities;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Edge</c>, whose source is any edge.</summary>
internal sealed class EdgeResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "Edge";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.FieldFor("type").Resolver = Resolve.From<GraphEdge>((edge, _) => edge.Type);
        type.FieldFor("fromId").Resolver = Resolve.From<GraphEdge>((edge, _) => edge.From);
        type.FieldFor("toId").Resolver = Resolve.From<GraphEdge>((edge, _) => edge.To);
        type.FieldFor("from").Resolver = Resolve.From<GraphEdge>((edge, context) => context.Loaders().Node(edge.From));
        type.FieldFor("to").Resolver = Resolve.From<GraphEdge>((edge, context) => context.Loaders().Node(edge.To));
    }
}
