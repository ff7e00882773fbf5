namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Groups statements into requests of about <c>rowsPerRequest</c> rows, so a small change is one round trip and
/// a large one streams in requests of bounded size.
/// </summary>
internal static class RequestPacker
{
    /// <summary>The statements, in order, cut into requests; a statement is never split.</summary>
    public static List<IReadOnlyList<CypherStatement>> Pack(IEnumerable<CypherStatement> statements, int rowsPerRequest)
    {
        var requests = new List<IReadOnlyList<CypherStatement>>();
        var current = new List<CypherStatement>();
        var rows = 0;
        foreach (var statement in statements)
        {
            if (current.Count > 0 && rows + statement.Rows > rowsPerRequest)
            {
                requests.Add(current);
                current = [];
                rows = 0;
            }

            current.Add(statement);
            rows += statement.Rows;
        }

        if (current.Count > 0)
        {
            requests.Add(current);
        }

        return requests;
    }
}
