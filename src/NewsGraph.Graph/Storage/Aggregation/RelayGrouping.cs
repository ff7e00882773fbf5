namespace NewsGraph.Graph;

/// <summary>What <see cref="IGraphStore.AggregateRelaysAsync"/> groups relays by.</summary>
public enum RelayGrouping
{
    /// <summary>The organization that published the relaying article (key: its id; null when the article names none).</summary>
    Outlet,
    /// <summary>The speaker who stated the claim (key: its id; null when the claim has none).</summary>
    Speaker,
    /// <summary>The day the relaying article was published (key: <c>yyyy-MM-dd</c>; null when undated).</summary>
    Day,
    /// <summary>How the relay carries the claim (key: a <see cref="RelayKind"/> name in upper case, never null).</summary>
    Kind,
}
