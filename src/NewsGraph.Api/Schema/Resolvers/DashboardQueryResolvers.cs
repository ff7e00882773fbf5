using GraphQL;
using GraphQL.Utilities;
using NewsGraph.Api.Loading;
using NewsGraph.Api.Schema.Paging;
using NewsGraph.Api.Schema.Views;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of the <c>Query</c> fields that dashboards use: relay aggregations and a claim's propagation.</summary>
internal sealed class DashboardQueryResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "Query";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.FieldFor("relayAggregates").Resolver = Resolve.WithAsync(AggregateAsync);
        type.FieldFor("topClaims").Resolver = Resolve.WithAsync(TopClaimsAsync);
        type.FieldFor("outletShare").Resolver = Resolve.WithAsync(OutletShareAsync);
        type.FieldFor("propagation").Resolver = Resolve.With(context =>
            context.Loaders().Node(context.GetArgument<string>("claimId")).Then(node => node.WithLabel(NodeLabels.Claim)));
    }

    private static async Task<object?> AggregateAsync(IResolveFieldContext context)
    {
        var by = context.GetArgument<string>("by");
        var grouping = Enum.Parse<RelayGrouping>(by, ignoreCase: true);
        var query = new RelayAggregateQuery(grouping)
        {
            Filter = Filter(context),
            First = PageRequest.CheckedSize(context, "first", context.GetArgument<int?>("first") ?? 20),
        };
        var aggregate = await context.Store().AggregateRelaysAsync(query, context.CancellationToken);
        var total = aggregate.Total;
        return new RelayAggregationView(
            by,
            [.. aggregate.Groups.Select(group => new RelayGroupView(
                grouping, group.Key, Int(group.Counts.Relays), Int(group.Counts.Claims), Int(group.Counts.Altered), Share(group.Counts.Relays, total.Relays)))],
            Int(total.Relays),
            Int(total.Claims),
            Int(total.Altered));
    }

    private static async Task<object?> TopClaimsAsync(IResolveFieldContext context)
    {
        var first = PageRequest.CheckedSize(context, "first", context.GetArgument<int?>("first") ?? 10);
        var top = await context.Store().TopClaimsAsync(Filter(context), first, context.CancellationToken);
        return top.Select(claim => new ClaimRelaysView(claim.ClaimId, Int(claim.Relays), Int(claim.Altered))).ToList();
    }

    private static async Task<object?> OutletShareAsync(IResolveFieldContext context)
    {
        var outlet = context.GetArgument<string>("outlet");
        var filter = Filter(context);
        var store = context.Store();
        var all = await store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Outlet) { Filter = filter with { Outlet = null }, First = 0 }, context.CancellationToken);
        var its = await store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Outlet) { Filter = filter with { Outlet = outlet }, First = 0 }, context.CancellationToken);
        return new OutletShareView(outlet, Int(its.Total.Relays), Int(all.Total.Relays), Share(its.Total.Relays, all.Total.Relays));
    }

    private static RelayFilter Filter(IResolveFieldContext context)
    {
        var where = new Arguments(context.GetArgument<Dictionary<string, object?>>("where"));
        return new RelayFilter
        {
            ClaimId = where.String("claim"),
            Speaker = where.String("speaker"),
            Outlet = where.String("outlet"),
            PublishedFrom = where.String("publishedFrom"),
            PublishedTo = where.String("publishedTo"),
        };
    }

    private static int Int(long count) => checked((int)count);

    private static double Share(long part, long whole) => whole == 0 ? 0 : (double)part / whole;
}
