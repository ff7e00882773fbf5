using GraphQL.Utilities;
using NewsGraph.Api.Schema.Views;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>Resolvers of <c>Stats</c>, whose source is the store's <see cref="GraphCounts"/>.</summary>
internal sealed class StatsResolvers : ITypeResolvers
{
    /// <inheritdoc />
    public string TypeName => "Stats";

    /// <inheritdoc />
    public void Configure(TypeConfig type)
    {
        type.FieldFor("nodeCount").Resolver = Resolve.From<GraphCounts>((counts, _) => checked((int)counts.Nodes.Values.Sum()));
        type.FieldFor("edgeCount").Resolver = Resolve.From<GraphCounts>((counts, _) => checked((int)counts.Edges.Values.Sum()));
        type.FieldFor("nodes").Resolver = Resolve.From<GraphCounts>((counts, _) => Counts(counts.Nodes));
        type.FieldFor("edges").Resolver = Resolve.From<GraphCounts>((counts, _) => Counts(counts.Edges));
    }

    private static List<CountView> Counts(IReadOnlyDictionary<string, long> counts) =>
        [.. counts.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new CountView(pair.Key, checked((int)pair.Value)))];
}
