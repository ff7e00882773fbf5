namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>A server found and prepared: the dialect to speak and what the server said about itself.</summary>
internal sealed record Neo4jConnection(INeo4jDialect Dialect, Neo4jServerInfo Server);
