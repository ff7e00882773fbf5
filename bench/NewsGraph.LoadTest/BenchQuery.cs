using System.Text.Json;

namespace NewsGraph.LoadTest;

/// <summary>A GraphQL request the benchmark sends, as the JSON body of a POST.</summary>
/// <param name="Name">A short name, also the baseline route's.</param>
/// <param name="Description">What it asks, for the report.</param>
/// <param name="Body">The request body.</param>
public sealed record BenchQuery(string Name, string Description, byte[] Body)
{
    public static BenchQuery Create(string name, string description, string document, object? variables = null) =>
        new(name, description, JsonSerializer.SerializeToUtf8Bytes(new { query = document, variables }));
}
