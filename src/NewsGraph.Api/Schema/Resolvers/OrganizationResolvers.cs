using GraphQL.Utilities;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Organization</c>.</summary>
internal sealed class OrganizationResolvers : ITypeResolvers
{
    private static readonly string[] Kinds = ["NEWS_OUTLET", "GOVERNMENT", "MILITARY", "PLATFORM", "COMPANY", "OTHER"];

    /// <inheritdoc />
    public string TypeName => "Organization";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.MatchLabel(NodeLabels.Organization);
        EntityFields.ConfigureNamedEntity(type);
        EntityFields.ConfigureStatements(type);
        EntityFields.ConfigureRelays(type);
        type.FieldFor("kind").Resolver = Resolve.NodeEnum("kind", Kinds);
        type.FieldFor("members").Resolver = Resolve.From<GraphNode>((node, context) =>
            context.Loaders().Edges(node.Id, EdgeDirection.Incoming, EdgeTypes.AffiliatedWith));
        type.FieldFor("articles").Resolver = Resolve.Neighbours(EdgeDirection.Incoming, EdgeTypes.PublishedBy);
    }
}
