using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using NewsGraph.Api.Errors;
using NewsGraph.Api.Schema.Views;
using NewsGraph.Extraction;
using NewsGraph.Graph.Import;

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
        var text = input.String("text")!;
        var source = url ?? ApiSource;
        var hints = new ArticleHints(input.String("title"), input.String("outlet"), PublishedAt(input.String("publishedAt")), url);
        var article = ArticleReader.FromText(source, text, ArticleReader.FormatOf(source, text), hints);
        var results = await Importer(context).ImportAsync([article], context.CancellationToken);
        return results[0];
    }

    private static DateOnly? PublishedAt(string? value) =>
        value is null ? null : DateOnly.TryParse(value.Length >= 10 ? value[..10] : value, System.Globalization.CultureInfo.InvariantCulture, out var date)
            ? date
            : throw new InvalidArgumentError($"publishedAt must be an ISO-8601 date, not '{value}'.");

    private static ArticleImporter Importer(IResolveFieldContext context) =>
        context.RequestServices!.GetService<ArticleImporter>()
        ?? throw new ImportUnavailableError("This server has no article importer; it serves the graph read-only.");
}
