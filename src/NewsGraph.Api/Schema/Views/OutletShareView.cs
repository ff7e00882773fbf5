namespace NewsGraph.Api.Schema.Views;

/// <summary>The source of <c>OutletShare</c>.</summary>
/// <param name="Outlet">The outlet as asked for.</param>
/// <param name="Relays">Its matching relays.</param>
/// <param name="TotalRelays">Every matching relay.</param>
/// <param name="Share">Relays over total, 0 when there is none.</param>
internal sealed record OutletShareView(string Outlet, int Relays, int TotalRelays, double Share);
