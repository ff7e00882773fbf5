namespace NewsGraph.Storage.Neo4j;

/// <summary>The Neo4j server a store talks to.</summary>
/// <param name="Url">The configured URL.</param>
/// <param name="Version">The server version (<c>3.1.1</c>, <c>5.26.0</c>).</param>
/// <param name="Edition">community, enterprise, or what the server says.</param>
/// <param name="Api">The HTTP API in use, with its path.</param>
public sealed record Neo4jServerInfo(Uri Url, string Version, string Edition, string Api);
