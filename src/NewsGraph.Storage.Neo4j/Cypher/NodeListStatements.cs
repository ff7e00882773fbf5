using System.Collections.Frozen;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The page and count statements of a <see cref="NodeQuery"/>. Each filter is a fixed fragment with its value as
/// a parameter; nodes lacking the sort value come last in both directions, and ties go by id.
/// </summary>
internal sealed class NodeListStatements
{
    private const string SortKeyColumn = "sortKey";

    private static readonly FrozenDictionary<string, string> DateProperty = new Dictionary<string, string>
    {
        [NodeLabels.Article] = "publishedAt",
        [NodeLabels.Claim] = "firstSeenAt",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly List<string> _conditions = [];
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private readonly string _label;
    private bool _matchesNothing;

    private NodeListStatements(string label) => _label = label;

    /// <summary>The page statement (<c>$limit</c> rows) and, when asked for, the count; null when a filter excludes the label.</summary>
    public static (CypherStatement Page, CypherStatement? Count)? For(NodeQuery query, NodeCursor? after, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var statements = new NodeListStatements(StoreSchema.RequireLabel(query.Label, nameof(query)));
        statements.AddFilters(query.Filter);
        if (statements._matchesNothing)
        {
            return null;
        }

        var match = $"MATCH (n:{statements._label})" + (statements._conditions.Count > 0 ? " WHERE " + string.Join(" AND ", statements._conditions) : "");
        var count = query.IncludeTotal ? new CypherStatement(match + " RETURN count(n) AS total", statements._parameters) : null;
        return (statements.Page(match, query.Order, after, limit), count);
    }

    /// <summary>The sort value in a page record, to build the next cursor from.</summary>
    public static object? SortValue(CypherRecord record) => record[SortKeyColumn];

    private CypherStatement Page(string match, NodeOrder order, NodeCursor? after, int limit)
    {
        var direction = order.Descending ? "DESC" : "ASC";
        var keyset = "";
        var parameters = new Dictionary<string, object?>(_parameters, StringComparer.Ordinal) { ["limit"] = limit };
        if (after is not null)
        {
            parameters["afterValue"] = after.Value;
            parameters["afterId"] = after.Id;
            keyset = after.Value is null
                ? " WHERE sortKey IS NULL AND n.id > $afterId"
                : $" WHERE sortKey {(order.Descending ? "<" : ">")} $afterValue OR (sortKey = $afterValue AND n.id > $afterId) OR sortKey IS NULL";
        }

        var text = $"{match} WITH n, {SortExpression(order.Field)} AS sortKey{keyset}"
            + $" WITH n, sortKey ORDER BY CASE WHEN sortKey IS NULL THEN 1 ELSE 0 END, sortKey {direction}, n.id LIMIT $limit"
            + $" RETURN {Columns.Node}, sortKey AS {SortKeyColumn}";
        return new CypherStatement(text, parameters);
    }

    private string SortExpression(NodeOrderField field) => field switch
    {
        NodeOrderField.Name => $"toLower(n.{StoreSchema.DisplayProperty[_label]})",
        NodeOrderField.PublishedAt => "n.publishedAt",
        NodeOrderField.ImportedAt => "n.importedAt",
        NodeOrderField.RelayCount => "n.relayCount",
        NodeOrderField.FirstSeenAt => "n.firstSeenAt",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown order field."),
    };

    private void AddFilters(NodeFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var display = StoreSchema.DisplayProperty[_label];
        Add(filter.NameContains, "name", $"({NameContains($"n.{display}", "n", "name")})");
        AddFor([NodeLabels.Claim], filter.Speaker, "speaker", $"any(s IN [(n)<-[:{EdgeTypes.Stated}]-(s) | s] WHERE {Names("s", "speaker")})");
        AddFor([NodeLabels.Claim], filter.Subject, "subject", $"any(s IN [(n)-[:{EdgeTypes.About}]->(s) | s] WHERE {Names("s", "subject")})");
        AddFor([NodeLabels.Article, NodeLabels.Claim], filter.Outlet, "outlet", _label == NodeLabels.Article
            ? $"any(o IN [(n)-[:{EdgeTypes.PublishedBy}]->(o) | o] WHERE {Names("o", "outlet")})"
            : $"any(o IN [(n)<-[:{EdgeTypes.Relayed}]-(:{NodeLabels.Article})-[:{EdgeTypes.PublishedBy}]->(o) | o] WHERE {Names("o", "outlet")})");
        if (filter.PublishedFrom is not null || filter.PublishedTo is not null)
        {
            AddDateRange(filter.PublishedFrom, filter.PublishedTo);
        }

        AddFor([NodeLabels.Claim], filter.MinRelays, "minRelays", "coalesce(n.relayCount, 0) >= $minRelays");
        AddFor([NodeLabels.Claim], filter.Altered, "altered",
            (filter.Altered == false ? "NOT " : "") + $"any(r IN [(n)<-[r:{EdgeTypes.Relayed}]-() | r] WHERE r.altered = true)");
        AddFor([NodeLabels.Article], filter.ContentHash, "contentHash", "n.contentHash = $contentHash");
    }

    private void AddDateRange(string? from, string? to)
    {
        if (!DateProperty.TryGetValue(_label, out var date))
        {
            _matchesNothing = true;
            return;
        }

        // A bound compares with as many characters as it has: "2024-11-12" keeps every time on that day.
        Add(from, "publishedFrom", from is null ? "" : DateBound.AtLeast($"n.{date}", "publishedFrom", from));
        Add(to, "publishedTo", $"substring(n.{date}, 0, size($publishedTo)) <= $publishedTo");
    }

    private void AddFor(string[] labels, object? value, string parameter, string condition)
    {
        if (value is null)
        {
            return;
        }

        if (!labels.Contains(_label))
        {
            _matchesNothing = true;
            return;
        }

        Add(value, parameter, condition);
    }

    private void Add(object? value, string parameter, string condition)
    {
        if (value is null)
        {
            return;
        }

        _conditions.Add(condition);
        if (value is not bool)
        {
            _parameters[parameter] = value;
        }
    }

    /// <summary>The node bound to <paramref name="variable"/> has the id <c>$parameter</c>, or a name, description or alias containing it.</summary>
    private static string Names(string variable, string parameter) =>
        $"{variable}.id = ${parameter} OR {NameContains($"coalesce({variable}.name, {variable}.description)", variable, parameter)}";

    private static string NameContains(string name, string variable, string parameter) =>
        $"toLower(coalesce({name}, '')) CONTAINS toLower(${parameter}) OR any(a IN coalesce({variable}.aliases, []) WHERE toLower(a) CONTAINS toLower(${parameter}))";
}
