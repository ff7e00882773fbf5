namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>The records one statement returned.</summary>
internal sealed class CypherResult(IReadOnlyList<CypherRecord> records)
{
    /// <summary>The records, in the order the server sent them.</summary>
    public IReadOnlyList<CypherRecord> Records { get; } = records;

    /// <summary>The single value of a one-row, one-column result (a count), or 0 when there is no row.</summary>
    public long SingleLong(string column) => Records.Count == 0 ? 0 : Records[0].GetLong(column);
}
