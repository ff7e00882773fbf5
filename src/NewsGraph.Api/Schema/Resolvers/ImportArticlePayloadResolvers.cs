using GraphQL.Utilities;
using NewsGraph.Graph.Import;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>ImportArticlePayload</c>, whose source is the importer's <see cref="ArticleImportResult"/>.</summary>
internal sealed class ImportArticlePayloadResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "ImportArticlePayload";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.FieldFor("article").Resolver = Resolve.From<ArticleImportResult>((result, context) => context.Loaders().Node(result.ArticleId));
        type.FieldFor("alreadyImported").Resolver = Resolve.From<ArticleImportResult>((result, _) => result.Status == ImportStatus.Unchanged);
        type.FieldFor("claims").Resolver = Resolve.From<ArticleImportResult>((result, context) => context.Loaders().Nodes(result.ClaimIds));
        type.FieldFor("linkedClaims").Resolver = Resolve.From<ArticleImportResult>((result, context) => context.Loaders().Nodes(result.LinkedClaimIds));
        type.FieldFor("entities").Resolver = Resolve.From<ArticleImportResult>((result, context) => context.Loaders().Nodes(result.EntityIds));
    }
}
