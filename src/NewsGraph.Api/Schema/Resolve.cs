using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsGraph.Api.Hosting;
using NewsGraph.Api.Http;
using NewsGraph.Api.Loading;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema;

/// <summary>Builders of field resolvers over the sources the schema uses.</summary>
internal static class Resolve
{
    /// <summary>A resolver over the field context.</summary>
    public static IFieldResolver With(Func<IResolveFieldContext, object?> resolve) => new FuncFieldResolver<object>(resolve);

    /// <summary>An asynchronous resolver over the field context.</summary>
    public static IFieldResolver WithAsync(Func<IResolveFieldContext, Task<object?>> resolve) =>
        new FuncFieldResolver<object>(context => new ValueTask<object?>(resolve(context)));

    /// <summary>A resolver over the source, of type <typeparamref name="TSource"/>.</summary>
    public static IFieldResolver From<TSource>(Func<TSource, IResolveFieldContext, object?> resolve) =>
        new FuncFieldResolver<object>(context => resolve((TSource)context.Source!, context));

    /// <summary>A string property of the source node.</summary>
    public static IFieldResolver NodeString(string property) => From<GraphNode>((node, _) => node.GetString(property));

    /// <summary>An integer property of the source node, or null when absent.</summary>
    public static IFieldResolver NodeInt(string property) =>
        From<GraphNode>((node, _) => node.Properties.TryGetValue(property, out var value) && value is long number ? (int?)checked((int)number) : null);

    /// <summary>An integer property of the source node, 0 when absent.</summary>
    public static IFieldResolver NodeCount(string property) => From<GraphNode>((node, _) => checked((int)node.GetLong(property)));

    /// <summary>An enum-valued property of the source node: its value upper-cased when it names one of <paramref name="values"/>, else null.</summary>
    public static IFieldResolver NodeEnum(string property, params string[] values) =>
        From<GraphNode>((node, _) => EnumValue(node.GetString(property), values));

    /// <summary>The nodes at the far end of the source node's <paramref name="type"/> edges.</summary>
    public static IFieldResolver Neighbours(EdgeDirection direction, string type) =>
        From<GraphNode>((node, context) => context.Loaders().Neighbours(node.Id, direction, type));

    /// <summary>The first node at the far end of the source node's <paramref name="type"/> edges, or null.</summary>
    public static IFieldResolver Neighbour(EdgeDirection direction, string type) =>
        From<GraphNode>((node, context) => NeighbourOf(context, node.Id, direction, type));

    /// <summary>The first node at the far end of <paramref name="nodeId"/>'s <paramref name="type"/> edges, or null.</summary>
    public static IDataLoaderResult NeighbourOf(IResolveFieldContext context, string nodeId, EdgeDirection direction, string type) =>
        context.Loaders().Edges(nodeId, direction, type)
            .ThenLoad(edges => edges.Count == 0
                ? DataLoaderResults.FromValue<GraphNode?>(null)
                : context.Loaders().Node(edges[0].OtherEnd(direction)));

    /// <summary>The value upper-cased when it names one of <paramref name="values"/>, else null.</summary>
    public static string? EnumValue(string? value, IReadOnlyCollection<string> values)
    {
        var upper = value?.ToUpperInvariant();
        return upper is not null && values.Contains(upper) ? upper : null;
    }

    /// <summary>The request's batch loaders.</summary>
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        (context.UserContext as RequestUserContext)?.Loaders
        ?? throw new InvalidOperationException("The document was not executed through the GraphQL endpoint, which provides the loaders.");

    /// <summary>The graph store.</summary>
    public static IGraphStore Store(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGraphStore>();

    /// <summary>The configured limits.</summary>
    public static ApiLimitsOptions Limits(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IOptions<ApiLimitsOptions>>().Value;
}
