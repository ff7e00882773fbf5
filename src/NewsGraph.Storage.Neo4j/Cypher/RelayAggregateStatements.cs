using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The Cypher of the relay aggregations, counted by the server. Every statement starts from the relays the filter
/// keeps, each bound as <c>a</c> (article), <c>r</c> (relay), <c>c</c> (claim), <c>outlet</c> and <c>speaker</c>
/// (the smallest ids); filters are fixed fragments with their values as parameters. Runs on 3.1 and on 5.x.
/// </summary>
internal static class RelayAggregateStatements
{
    private const string Altered = "sum(CASE WHEN r.altered = true THEN 1 ELSE 0 END)";

    private const string Counts = $"count(*) AS relays, count(DISTINCT c) AS claims, {Altered} AS altered";

    private static readonly string KindKey =
        $"CASE WHEN r.altered = true THEN '{Upper(RelayKind.Altered)}' "
        + $"WHEN r.fragment = true OR c.kind = 'PARAPHRASE' THEN '{Upper(RelayKind.Paraphrase)}' ELSE '{Upper(RelayKind.Quote)}' END";

    /// <summary>At most <c>$first</c> groups of <paramref name="query"/>, as <c>key</c>, <c>relays</c>, <c>claims</c>, <c>altered</c>.</summary>
    public static CypherStatement Groups(RelayAggregateQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (relays, parameters) = Relays(query.Filter);
        parameters["first"] = query.First;
        var nullLast = "CASE WHEN key IS NULL THEN 1 ELSE 0 END";
        var order = query.GroupBy == RelayGrouping.Day ? $"{nullLast}, key" : $"relays DESC, {nullLast}, key";
        return new CypherStatement(
            $"{relays} WITH {Key(query.GroupBy)} AS key, r, c RETURN key, {Counts} ORDER BY {order} LIMIT $first", parameters);
    }

    /// <summary>The counts over every relay <paramref name="filter"/> keeps, as <c>relays</c>, <c>claims</c>, <c>altered</c>.</summary>
    public static CypherStatement Total(RelayFilter filter)
    {
        var (relays, parameters) = Relays(filter);
        return new CypherStatement($"{relays} RETURN {Counts}", parameters);
    }

    /// <summary>The <c>$first</c> claims with most relays, as <c>claim</c>, <c>relays</c>, <c>altered</c>.</summary>
    public static CypherStatement TopClaims(RelayFilter filter, int first)
    {
        var (relays, parameters) = Relays(filter);
        parameters["first"] = first;
        return new CypherStatement(
            $"{relays} WITH c.id AS claim, count(*) AS relays, {Altered} AS altered RETURN claim, relays, altered ORDER BY relays DESC, claim LIMIT $first",
            parameters);
    }

    private static (string Text, Dictionary<string, object?> Parameters) Relays(RelayFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var relayConditions = new List<string>();
        var contextMatches = new List<string>();

        void Add(List<string> clauses, string? value, string parameter, string clause)
        {
            if (value is not null)
            {
                parameters[parameter] = value;
                clauses.Add(clause);
            }
        }

        Add(relayConditions, filter.ClaimId, "claim", "c.id = $claim");
        // A bound compares with as many characters as it has: "2024-11-12" keeps every time on that day.
        Add(relayConditions, filter.PublishedFrom, "publishedFrom", filter.PublishedFrom is { } from ? DateBound.AtLeast("a.publishedAt", "publishedFrom", from) : "");
        Add(relayConditions, filter.PublishedTo, "publishedTo", "substring(a.publishedAt, 0, size($publishedTo)) <= $publishedTo");
        Add(contextMatches, filter.Outlet, "outlet",
            $" MATCH (fo:{NodeLabels.Organization} {{id: outlet}}) WHERE fo.id = $outlet OR toLower(coalesce(fo.name, '')) CONTAINS toLower($outlet)");
        Add(contextMatches, filter.Speaker, "speaker",
            $" MATCH (fs:{StoreSchema.NodeLabel} {{id: speaker}}) WHERE (fs:{NodeLabels.Person} OR fs:{NodeLabels.Organization} OR fs:{NodeLabels.AnonymousSource})"
            + " AND (fs.id = $speaker OR toLower(coalesce(fs.name, fs.description, '')) CONTAINS toLower($speaker)"
            + " OR any(alias IN coalesce(fs.aliases, []) WHERE toLower(alias) CONTAINS toLower($speaker)))");
        var text = $"MATCH (a:{NodeLabels.Article})-[r:{EdgeTypes.Relayed}]->(c:{StoreSchema.NodeLabel})"
            + (relayConditions.Count > 0 ? " WHERE " + string.Join(" AND ", relayConditions) : "")
            + $" OPTIONAL MATCH (a)-[:{EdgeTypes.PublishedBy}]->(o:{StoreSchema.NodeLabel}) WITH a, r, c, min(o.id) AS outlet"
            + $" OPTIONAL MATCH (s:{StoreSchema.NodeLabel})-[:{EdgeTypes.Stated}]->(c) WITH a, r, c, outlet, min(s.id) AS speaker"
            + string.Concat(contextMatches);
        return (text, parameters);
    }

    private static string Key(RelayGrouping grouping) => grouping switch
    {
        RelayGrouping.Outlet => "outlet",
        RelayGrouping.Speaker => "speaker",
        RelayGrouping.Day => "substring(a.publishedAt, 0, 10)",
        RelayGrouping.Kind => KindKey,
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
    };

    private static string Upper(RelayKind kind) => kind.ToString().ToUpperInvariant();
}
