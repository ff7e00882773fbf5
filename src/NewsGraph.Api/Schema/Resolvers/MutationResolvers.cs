using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using NewsGraph.Api.Errors;
using NewsGraph.Api.Importing;
using NewsGraph.Api.Schema.Views;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Mutation</c>. The API key was checked during validation (<see cref="Http.MutationApiKeyRule"/>).</summary>
internal sealed class MutationResolvers : ITypeResolvers
{
    /// <summary>The <c>source</c> recorded for articles imported through the API without a URL.</summary>
    public const string ApiSource = "graphql:importArticle";

    /// <inheritdoc />
    public string TypeName => "Mutation";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.FieldFor("importArticle").Resolver = Resolve.WithAsync(ImportAsync);
        type.FieldFor("removeArticle").Resolver = Resolve.WithAsync(async context =>
        {
            var id = context.GetArgument<string>("id");
            var removed = await Importer(context).RemoveAsync(id, context.CancellationToken);
            return new RemoveArticlePayload(id, removed);
        });
    }

    private static async Task<object?> ImportAsync(IResolveFieldContext context)
    {
        var input = new Arguments(context.GetArgument<Dictionary<string, object?>>("input"));
        var url = input.String("url");
        var submission = new ArticleSubmission(input.String("text")!, url ?? ApiSource)
        {
            Title = input.String("title"),
            Url = url,
            Outlet = input.String("outlet"),
            PublishedAt = input.String("publishedAt"),
        };
        return await Importer(context).ImportAsync(submission, context.CancellationToken);
    }

    private static IArticleImporter Importer(IResolveFieldContext context) =>
        context.RequestServices!.GetService<IArticleImporter>()
        ?? throw new ImportUnavailableError("This server has no article importer; it serves the graph read-only.");
}
