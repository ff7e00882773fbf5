using NewsGraph.Graph;

namespace NewsGraph.Api.Schema.Views;

/// <summary>The source of <c>RelayGroup</c>.</summary>
/// <param name="Grouping">What the group's key is.</param>
/// <param name="Key">The key, or null.</param>
/// <param name="Relays">Its relays.</param>
/// <param name="Claims">Their distinct claims.</param>
/// <param name="Altered">The altered ones.</param>
/// <param name="Share">Its share of every matching relay.</param>
internal sealed record RelayGroupView(RelayGrouping Grouping, string? Key, int Relays, int Claims, int Altered, double Share);
