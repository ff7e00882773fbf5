namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>One result row, its values read from JSON (string, long, double, bool, lists, maps or null).</summary>
internal sealed class CypherRecord(IReadOnlyDictionary<string, int> columns, IReadOnlyList<object?> values)
{
    /// <summary>The column names, in the order the statement returns them.</summary>
    public IEnumerable<string> Columns => columns.OrderBy(column => column.Value).Select(column => column.Key);

    /// <summary>The value of a column.</summary>
    public object? this[string column] => values[columns[column]];

    /// <summary>A string column, or null.</summary>
    public string? GetString(string column) => this[column] as string;

    /// <summary>An integer column.</summary>
    public long GetLong(string column) => this[column] switch
    {
        long number => number,
        double number => (long)number,
        _ => 0,
    };

    /// <summary>A map column, or an empty map.</summary>
    public IReadOnlyDictionary<string, object?> GetMap(string column) =>
        this[column] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    /// <summary>A list column, or an empty list.</summary>
    public IReadOnlyList<object?> GetList(string column) => this[column] as IReadOnlyList<object?> ?? [];
}
