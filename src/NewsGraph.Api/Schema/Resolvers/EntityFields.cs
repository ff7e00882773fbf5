using GraphQL.Utilities;
using NewsGraph.Api.Loading;
using NewsGraph.Api.Schema.Paging;
using NewsGraph.Api.Schema.Views;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>The fields that several node types share, resolved one way.</summary>
internal static class EntityFields
{
    /// <summary>id, name and aliases: the fields of every named node.</summary>
    public static void ConfigureName(TypeConfig type)
    {
        type.FieldFor("id").Resolver = Resolve.From<GraphNode>((node, _) => node.Id);
        type.FieldFor("name").Resolver = Resolve.NodeString("name");
        type.FieldFor("aliases").Resolver = Resolve.From<GraphNode>((node, _) => node.GetStrings("aliases"));
    }

    /// <summary>The <c>NamedEntity</c> fields: a person's, organization's or place's.</summary>
    public static void ConfigureNamedEntity(TypeConfig type)
    {
        ConfigureName(type);
        type.FieldFor("mentionedIn").Resolver = Resolve.From<GraphNode>((node, context) =>
            context.Loaders().Edges(node.Id, EdgeDirection.Incoming, EdgeTypes.Mentions));
        type.FieldFor("claimsAbout").Resolver = Resolve.Neighbours(EdgeDirection.Incoming, EdgeTypes.About);
    }

    /// <summary><c>statements</c>: the claims a speaker stated, a page at a time.</summary>
    public static void ConfigureStatements(TypeConfig type) =>
        type.FieldFor("statements").Resolver = Resolve.From<GraphNode>((node, context) =>
        {
            var request = PageRequest.From(context);
            var loaders = context.Loaders();
            return loaders.Edges(node.Id, EdgeDirection.Outgoing, EdgeTypes.Stated).ThenLoad(edges =>
            {
                var (ids, info) = ListPage.Cut([.. edges.Select(edge => edge.To)], request);
                return loaders.Nodes(ids).Then(claims => new Connection(claims, info, edges.Count));
            });
        });

    /// <summary><c>relays</c> of a relayer: the RELAYED edges it starts.</summary>
    public static void ConfigureRelays(TypeConfig type) =>
        type.FieldFor("relays").Resolver = Resolve.From<GraphNode>((node, context) =>
            context.Loaders().Edges(node.Id, EdgeDirection.Outgoing, EdgeTypes.Relayed));
}
