namespace NewsGraph.LoadTest;

/// <summary>How each target is loaded.</summary>
/// <param name="Connections">Concurrent connections, each with one request in flight.</param>
/// <param name="WarmUp">Load before the measured window, not counted.</param>
/// <param name="Duration">The measured window.</param>
public sealed record LoadSettings(int Connections, TimeSpan WarmUp, TimeSpan Duration);
