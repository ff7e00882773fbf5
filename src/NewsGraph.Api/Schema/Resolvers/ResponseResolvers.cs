using GraphQL.Utilities;
using NewsGraph.Api.Schema.Views;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Response</c>.</summary>
internal sealed class ResponseResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "Response";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.FieldFor("claim").Resolver = Resolve.From<ResponseView>((response, context) => context.Loaders().Node(response.ClaimId));
        type.FieldFor("stance").Resolver = Resolve.From<ResponseView>((response, _) => response.Stance);
    }
}
