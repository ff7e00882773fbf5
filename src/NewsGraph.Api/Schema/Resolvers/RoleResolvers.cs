using GraphQL.Utilities;
using NewsGraph.Api.Loading;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Role</c>, whose source is an AFFILIATED_WITH edge.</summary>
internal sealed class RoleResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "Role";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.FieldFor("title").Resolver = Resolve.From<GraphEdge>((edge, _) => edge.GetString("role"));
        type.FieldFor("person").Resolver = Resolve.From<GraphEdge>((edge, context) => context.Loaders().Node(edge.From));
        type.FieldFor("organization").Resolver = Resolve.From<GraphEdge>((edge, context) => context.Loaders().Node(edge.To));
    }
}
