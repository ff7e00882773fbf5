namespace NewsGraph.Api.Schema.Views;

/// <summary>The source of <c>RelayAggregation</c>.</summary>
/// <param name="By">The <c>RelayGrouping</c> value.</param>
/// <param name="Groups">The groups.</param>
/// <param name="Relays">Every matching relay.</param>
/// <param name="Claims">Their distinct claims.</param>
/// <param name="Altered">The altered ones.</param>
internal sealed record RelayAggregationView(string By, IReadOnlyList<RelayGroupView> Groups, int Relays, int Claims, int Altered);
