using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, IReadOnlyCollection<string>? labels, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var terms = SearchTerms.Of(query);
        var searched = NodeLabels.All.Where(label => labels is null || labels.Contains(label)).ToArray();
        if (terms.Count == 0 || limit == 0 || searched.Length == 0)
        {
            return [];
        }

        var parameters = Parameters(("query", SearchStatements.Normalize(query)), ("words", terms[..^1]), ("prefix", terms[^1]), ("limit", limit));
        var results = await ReadAsync([.. searched.Select(label => new CypherStatement(SearchStatements.PerLabel[label], parameters))], cancellationToken)
            .ConfigureAwait(false);
        return [.. results.SelectMany(result => result.Records)
            .Select(record => new SearchHit(GraphRecords.ToNode(record), record["score"] is double score ? score : 0))
            .OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Node.Id, StringComparer.Ordinal)
            .Take(limit)];
    }
}
