using GraphQL;
using NewsGraph.Api.Schema.Paging;
using NewsGraph.Api.Schema.Views;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>The root list fields: <c>where</c> and <c>orderBy</c> turned into a <see cref="NodeQuery"/>, a page read from the store.</summary>
internal static class NodeLists
{
    /// <summary>Reads one page of <paramref name="label"/> nodes.</summary>
    public static async Task<object?> ListAsync(IResolveFieldContext context, string label, Func<Arguments, NodeFilter> filter, Func<string, NodeOrderField> orderField)
    {
        var page = PageRequest.From(context);
        var where = new Arguments(context.GetArgument<Dictionary<string, object?>>("where"));
        var orderBy = new Arguments(context.GetArgument<Dictionary<string, object?>>("orderBy"));
        var query = new NodeQuery(label)
        {
            Filter = filter(where),
            Order = new NodeOrder(orderField(orderBy.String("field") ?? "NAME"), orderBy.String("direction") == "DESC"),
            First = page.First,
            After = page.After,
            IncludeTotal = context.SubFields?.Values.Any(field => field.FieldType.Name == "totalCount") ?? false,
        };
        var result = await context.Store().ListNodesAsync(query, context.CancellationToken);
        return new Connection(result.Nodes, new PageInfo(result.HasNextPage, result.EndCursor), result.TotalCount);
    }

    /// <summary><c>ArticleFilter</c>.</summary>
    public static NodeFilter ArticleFilter(Arguments where) => new()
    {
        NameContains = where.String("titleContains"),
        Outlet = where.String("outlet"),
        PublishedFrom = where.String("publishedFrom"),
        PublishedTo = where.String("publishedTo"),
    };

    /// <summary><c>ClaimFilter</c>.</summary>
    public static NodeFilter ClaimFilter(Arguments where) => new()
    {
        NameContains = where.String("textContains"),
        Speaker = where.String("speaker"),
        Subject = where.String("subject"),
        Outlet = where.String("outlet"),
        PublishedFrom = where.String("firstSeenFrom"),
        PublishedTo = where.String("firstSeenTo"),
        MinRelays = where.Int("minRelays"),
        Altered = where.Bool("altered"),
    };

    /// <summary><c>NameFilter</c>.</summary>
    public static NodeFilter NameFilter(Arguments where) => new() { NameContains = where.String("nameContains") };

    /// <summary><c>ArticleOrderField</c>.</summary>
    public static NodeOrderField ArticleOrder(string field) => field switch
    {
        "PUBLISHED_AT" => NodeOrderField.PublishedAt,
        "IMPORTED_AT" => NodeOrderField.ImportedAt,
        _ => NodeOrderField.Name,
    };

    /// <summary><c>ClaimOrderField</c>.</summary>
    public static NodeOrderField ClaimOrder(string field) => field switch
    {
        "RELAY_COUNT" => NodeOrderField.RelayCount,
        "FIRST_SEEN_AT" => NodeOrderField.FirstSeenAt,
        _ => NodeOrderField.Name,
    };

    /// <summary>Lists that sort by name only.</summary>
    public static NodeOrderField NameOrder(string field) => NodeOrderField.Name;
}
