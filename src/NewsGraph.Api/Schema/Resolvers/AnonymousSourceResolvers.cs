using GraphQL.Utilities;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>AnonymousSource</c>.</summary>
internal sealed class AnonymousSourceResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "AnonymousSource";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.MatchLabel(NodeLabels.AnonymousSource);
        type.FieldFor("id").Resolver = Resolve.From<GraphNode>((node, _) => node.Id);
        type.FieldFor("name").Resolver = Resolve.NodeString("description");
        type.FieldFor("description").Resolver = Resolve.NodeString("description");
        EntityFields.ConfigureStatements(type);
        type.FieldFor("citedBy").Resolver = Resolve.Neighbours(EdgeDirection.Incoming, EdgeTypes.Cites);
    }
}
