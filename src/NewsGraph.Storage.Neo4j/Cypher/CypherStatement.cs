namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>One Cypher statement: fixed text and the values it needs, always passed as parameters.</summary>
/// <param name="Text">The statement; built only from constants of the model and of this adapter.</param>
/// <param name="Parameters">Every value the statement uses.</param>
/// <param name="Rows">How many rows the statement writes (for packing statements into requests).</param>
internal sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters, int Rows = 1)
{
    /// <summary>A statement without parameters.</summary>
    public CypherStatement(string text) : this(text, EmptyParameters)
    {
    }

    private static IReadOnlyDictionary<string, object?> EmptyParameters { get; } = new Dictionary<string, object?>();
}
