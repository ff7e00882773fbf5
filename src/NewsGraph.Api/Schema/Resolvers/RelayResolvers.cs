using GraphQL.Utilities;
using NewsGraph.Api.Loading;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Relay</c>, whose source is a RELAYED edge.</summary>
internal sealed class RelayResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "Relay";

    /// <inheritdoc />
    public void Configure(TypeConfig type) => ConfigureRelayFields(type);

    /// <summary>The fields of <c>Relay</c>, on any type whose source is a RELAYED edge.</summary>
    public static void ConfigureRelayFields(TypeConfig type)
    {
        type.FieldFor("by").Resolver = Resolve.From<GraphEdge>((edge, context) => context.Loaders().Node(edge.From));
        type.FieldFor("claim").Resolver = Resolve.From<GraphEdge>((edge, context) => context.Loaders().Node(edge.To));
        type.FieldFor("wording").Resolver = Resolve.From<GraphEdge>((edge, _) => edge.GetString("wording"));
        type.FieldFor("similarity").Resolver = Resolve.From<GraphEdge>((edge, _) =>
            edge.Properties.TryGetValue("similarity", out var value) ? value as double? ?? (value as long?) : null);
        type.FieldFor("altered").Resolver = Resolve.From<GraphEdge>((edge, _) =>
            edge.Properties.TryGetValue("altered", out var value) && value is true);
        type.FieldFor("via").Resolver = Resolve.From<GraphEdge>((edge, context) =>
            edge.GetString("via") is { Length: > 0 } via ? context.Loaders().Node(via) : null);
    }
}
