namespace NewsGraph.Graph;

/// <summary>The identity of an edge: its type and its two ends.</summary>
public sealed record EdgeKey(string Type, string From, string To);
