namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>How the store reports one family of Neo4j status codes.</summary>
/// <param name="CodePrefix">A status code, or the start of a family of them (<c>Neo.TransientError.</c>).</param>
/// <param name="IsTransient">Whether the same operation may succeed when tried again.</param>
/// <param name="Summary">What went wrong, in words for the person who reads the message.</param>
internal sealed record Neo4jErrorRule(string CodePrefix, bool IsTransient, string Summary);
