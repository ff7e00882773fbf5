using GraphQL;
using GraphQL.Utilities;
using NewsGraph.Api.Errors;
using NewsGraph.Api.Loading;
using NewsGraph.Api.Schema.Paging;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Query</c>.</summary>
internal sealed class QueryResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "Query";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.FieldFor("node").Resolver = Resolve.With(context => context.Loaders().Node(context.GetArgument<string>("id")));
        type.FieldFor("nodes").Resolver = Resolve.With(Nodes);
        ConfigureLookup(type, "article", NodeLabels.Article);
        ConfigureLookup(type, "claim", NodeLabels.Claim);
        ConfigureNamedLookup(type, "person", NodeLabels.Person);
        ConfigureNamedLookup(type, "organization", NodeLabels.Organization);
        ConfigureNamedLookup(type, "place", NodeLabels.Place);
        type.FieldFor("articles").Resolver = Resolve.WithAsync(context =>
            NodeLists.ListAsync(context, NodeLabels.Article, NodeLists.ArticleFilter, NodeLists.ArticleOrder));
        type.FieldFor("claims").Resolver = Resolve.WithAsync(context =>
            NodeLists.ListAsync(context, NodeLabels.Claim, NodeLists.ClaimFilter, NodeLists.ClaimOrder));
        type.FieldFor("people").Resolver = Resolve.WithAsync(context =>
            NodeLists.ListAsync(context, NodeLabels.Person, NodeLists.NameFilter, NodeLists.NameOrder));
        type.FieldFor("organizations").Resolver = Resolve.WithAsync(context =>
            NodeLists.ListAsync(context, NodeLabels.Organization, NodeLists.NameFilter, NodeLists.NameOrder));
        type.FieldFor("places").Resolver = Resolve.WithAsync(context =>
            NodeLists.ListAsync(context, NodeLabels.Place, NodeLists.NameFilter, NodeLists.NameOrder));
        type.FieldFor("search").Resolver = Resolve.WithAsync(SearchAsync);
        type.FieldFor("neighbourhood").Resolver = Resolve.WithAsync(NeighbourhoodAsync);
        type.FieldFor("path").Resolver = Resolve.WithAsync(PathAsync);
        type.FieldFor("stats").Resolver = Resolve.WithAsync(async context => await context.Store().CountAsync(context.CancellationToken));
    }

    private static object Nodes(IResolveFieldContext context)
    {
        var ids = context.GetArgument<List<string>>("ids");
        PageRequest.CheckedSize(context, "ids", ids.Count);
        var loaders = context.Loaders();
        return DataLoaderResults.WhenAll([.. ids.Select(loaders.Node)]);
    }

    private static void ConfigureLookup(TypeConfig type, string field, string label) =>
        type.FieldFor(field).Resolver = Resolve.With(context =>
            context.Loaders().Node(context.GetArgument<string>("id")).Then(node => node.WithLabel(label)));

    private static void ConfigureNamedLookup(TypeConfig type, string field, string label) =>
        type.FieldFor(field).Resolver = Resolve.With(context =>
        {
            var id = context.GetArgument<string?>("id");
            var name = context.GetArgument<string?>("name");
            if ((id is null) == (name is null))
            {
                throw new InvalidArgumentError($"`{field}` takes exactly one of `id` and `name`.");
            }

            return id is not null
                ? context.Loaders().Node(id).Then(node => node.WithLabel(label))
                : DataLoaderResults.FromTask(FindByNameAsync(context, label, name!));
        });

    private static async Task<GraphNode?> FindByNameAsync(IResolveFieldContext context, string label, string name)
    {
        var found = await context.Store().FindByNameKeysAsync(label, [NameKey.Of(name)], context.CancellationToken);
        return found.OrderBy(node => node.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    private static async Task<object?> SearchAsync(IResolveFieldContext context)
    {
        var first = PageRequest.CheckedSize(context, "first", context.GetArgument<int?>("first") ?? 20);
        var labels = context.GetArgument<List<string>?>("types")?.Select(NodeTypes.LabelOf).ToList();
        var hits = await context.Store().SearchAsync(context.GetArgument<string>("query"), labels, first, context.CancellationToken);
        return hits.Select(hit => hit.Node).ToList();
    }

    private static async Task<object?> NeighbourhoodAsync(IResolveFieldContext context)
    {
        var depth = context.GetArgument<int?>("depth") ?? 1;
        var maxDepth = context.Limits().MaxNeighbourhoodDepth;
        if (depth < 0 || depth > maxDepth)
        {
            throw new InvalidArgumentError($"`depth` must be between 0 and {maxDepth}; got {depth}.");
        }

        var first = PageRequest.CheckedSize(context, "first", context.GetArgument<int?>("first") ?? 50);
        var subgraph = await context.Store().GetNeighbourhoodAsync(context.GetArgument<string>("id"), depth, first, context.CancellationToken);
        return subgraph.Nodes.Count == 0 ? null : subgraph;
    }

    private static async Task<object?> PathAsync(IResolveFieldContext context)
    {
        var maxHops = context.GetArgument<int?>("maxHops") ?? 6;
        var limit = context.Limits().MaxPathHops;
        if (maxHops < 0 || maxHops > limit)
        {
            throw new InvalidArgumentError($"`maxHops` must be between 0 and {limit}; got {maxHops}.");
        }

        return await context.Store().FindShortestPathAsync(
            context.GetArgument<string>("from"), context.GetArgument<string>("to"), maxHops, context.CancellationToken);
    }
}
