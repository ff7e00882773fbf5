using GraphQL.Utilities;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Place</c>.</summary>
internal sealed class PlaceResolvers : ITypeResolvers
{
    private static readonly string[] Kinds = ["COUNTRY", "REGION", "CITY", "OTHER"];

    /// <inheritdoc />
    public string TypeName => "Place";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.MatchLabel(NodeLabels.Place);
        EntityFields.ConfigureNamedEntity(type);
        type.FieldFor("kind").Resolver = Resolve.NodeEnum("kind", Kinds);
        type.FieldFor("locatedIn").Resolver = Resolve.Neighbour(EdgeDirection.Outgoing, EdgeTypes.LocatedIn);
        type.FieldFor("contains").Resolver = Resolve.Neighbours(EdgeDirection.Incoming, EdgeTypes.LocatedIn);
    }
}
