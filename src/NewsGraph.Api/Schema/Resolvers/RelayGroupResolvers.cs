using GraphQL.Utilities;
using NewsGraph.Api.Loading;
using NewsGraph.Api.Schema.Views;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>RelayGroup</c>: its node, and a label to show (the node's name where the key is a node).</summary>
internal sealed class RelayGroupResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "RelayGroup";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.FieldFor("node").Resolver = Resolve.From<RelayGroupView>((group, context) =>
            IsNode(group) ? context.Loaders().Node(group.Key!) : null);
        type.FieldFor("label").Resolver = Resolve.From<RelayGroupView>((group, context) => group.Key is null
            ? Unkeyed(group.Grouping)
            : IsNode(group)
                ? context.Loaders().Node(group.Key).Then(node => node?.GetString("name") ?? node?.GetString("description") ?? group.Key)
                : group.Key);
    }

    private static bool IsNode(RelayGroupView group) =>
        group.Key is not null && group.Grouping is RelayGrouping.Outlet or RelayGrouping.Speaker;

    private static string Unkeyed(RelayGrouping grouping) => grouping switch
    {
        RelayGrouping.Outlet => "(no outlet)",
        RelayGrouping.Speaker => "(no speaker)",
        _ => "(undated)",
    };
}
