using GraphQL.Utilities;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Article</c>.</summary>
internal sealed class ArticleResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "Article";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.MatchLabel(NodeLabels.Article);
        type.FieldFor("id").Resolver = Resolve.From<GraphNode>((node, _) => node.Id);
        foreach (var property in new[] { "title", "url", "source", "publishedAt", "language", "contentHash", "importedAt", "text" })
        {
            type.FieldFor(property).Resolver = Resolve.NodeString(property);
        }

        type.FieldFor("outletName").Resolver = Resolve.NodeString("outlet");
        type.FieldFor("wordCount").Resolver = Resolve.NodeInt("wordCount");
        type.FieldFor("outlet").Resolver = Resolve.Neighbour(EdgeDirection.Outgoing, EdgeTypes.PublishedBy);
        type.FieldFor("credits").Resolver = Resolve.Neighbours(EdgeDirection.Outgoing, EdgeTypes.Credits);
        type.FieldFor("mentions").Resolver = Resolve.From<GraphNode>((node, context) =>
            context.Loaders().Edges(node.Id, EdgeDirection.Outgoing, EdgeTypes.Mentions));
        EntityFields.ConfigureRelays(type);
    }
}
