using GraphQL;
using GraphQL.Utilities;
using NewsGraph.Api.Loading;
using NewsGraph.Api.Schema.Paging;
using NewsGraph.Api.Schema.Views;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Person</c>.</summary>
internal sealed class PersonResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "Person";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.MatchLabel(NodeLabels.Person);
        EntityFields.ConfigureNamedEntity(type);
        EntityFields.ConfigureStatements(type);
        EntityFields.ConfigureRelays(type);
        type.FieldFor("roles").Resolver = Resolve.From<GraphNode>((node, context) =>
            context.Loaders().Edges(node.Id, EdgeDirection.Outgoing, EdgeTypes.AffiliatedWith));
        type.FieldFor("coMentioned").Resolver = Resolve.From<GraphNode>(CoMentioned);
    }

    /// <summary>People mentioned by the articles that mention this person: three batched hops.</summary>
    private static object CoMentioned(GraphNode person, IResolveFieldContext context)
    {
        var first = PageRequest.CheckedSize(context, "first", context.GetArgument<int?>("first") ?? 10);
        var loaders = context.Loaders();
        return loaders.Edges(person.Id, EdgeDirection.Incoming, EdgeTypes.Mentions).ThenLoad(mentions =>
            DataLoaderResults.WhenAll([.. mentions.Select(mention => loaders.Edges(mention.From, EdgeDirection.Outgoing, EdgeTypes.Mentions))])
                .ThenLoad(articleMentions =>
                {
                    var shared = articleMentions
                        .SelectMany(edges => edges.Select(edge => edge.To).Distinct(StringComparer.Ordinal))
                        .Where(id => id != person.Id)
                        .CountBy(id => id, StringComparer.Ordinal)
                        .ToDictionary(StringComparer.Ordinal);
                    return loaders.Nodes(shared.Keys).Then(IReadOnlyList<CoMentionView> (nodes) =>
                    [
                        .. nodes.Where(node => node.Label == NodeLabels.Person)
                            .Select(node => new CoMentionView(node.Id, shared[node.Id]))
                            .OrderByDescending(view => view.Articles)
                            .ThenBy(view => view.PersonId, StringComparer.Ordinal)
                            .Take(first),
                    ]);
                }));
    }
}
