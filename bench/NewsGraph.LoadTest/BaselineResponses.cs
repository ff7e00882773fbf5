using System.Collections.Concurrent;

namespace NewsGraph.LoadTest;

/// <summary>
/// The bytes the GraphQL endpoint answered each benchmark query with, so that <c>/baseline/{name}</c> can answer the
/// same request with the same body through the same server, minus GraphQL and the store.
/// </summary>
public sealed class BaselineResponses
{
    private readonly ConcurrentDictionary<string, byte[]> _bodies = new(StringComparer.Ordinal);

    public void Set(string name, byte[] body) => _bodies[name] = body;

    public byte[]? Get(string name) => _bodies.GetValueOrDefault(name);
}
