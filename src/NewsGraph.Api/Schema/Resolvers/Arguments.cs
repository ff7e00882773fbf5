namespace NewsGraph.Api.Schema.Resolvers;

/// <summary>The fields of an input object argument, absent when the argument was not given.</summary>
internal sealed class Arguments(IReadOnlyDictionary<string, object?>? values)
{
    /// <summary>A string field, or null.</summary>
    public string? String(string name) => Value(name) as string;

    /// <summary>An Int field, or null.</summary>
    public int? Int(string name) => Value(name) as int?;

    /// <summary>A Boolean field, or null.</summary>
    public bool? Bool(string name) => Value(name) as bool?;

    private object? Value(string name) => values is not null && values.TryGetValue(name, out var value) ? value : null;
}
