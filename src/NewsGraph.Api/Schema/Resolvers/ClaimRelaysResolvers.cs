using GraphQL.Utilities;
using NewsGraph.Api.Schema.Views;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>ClaimRelays</c>.</summary>
internal sealed class ClaimRelaysResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "ClaimRelays";

    /// <inheritdoc />
    public void Configure(TypeConfig type) =>
        type.FieldFor("claim").Resolver = Resolve.From<ClaimRelaysView>((view, context) => context.Loaders().Node(view.ClaimId));
}
