using GraphQL.Utilities;
using NewsGraph.Api.Schema.Views;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>CoMention</c>.</summary>
internal sealed class CoMentionResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "CoMention";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.FieldFor("person").Resolver = Resolve.From<CoMentionView>((view, context) => context.Loaders().Node(view.PersonId));
        type.FieldFor("articles").Resolver = Resolve.From<CoMentionView>((view, _) => view.Articles);
    }
}
