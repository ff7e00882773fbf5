using Microsoft.Data.Sqlite;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// The SQL of <see cref="IGraphStore.ListNodesAsync"/>: filters, order and keyset, assembled only from the constant
/// fragments below; every value the caller gave travels as a parameter.
/// </summary>
internal static class NodeListSql
{
    // A filter that does not apply to the listed label matches nothing.
    private const string Nothing = "0";

    // Each relation filter finds the matching related nodes first (few, through the label index) and then their
    // edges, rather than testing every node of the listed label against a correlated subquery. Types and labels
    // are the model's constants, written into the SQL at compile time; no caller's value is. The speaker,
    // subject and outlet label terms must stay word for word those of the partial indexes of migration 0003.
    private const string SpeakerSql = $"""
        n.id IN (SELECT e.dst FROM nodes s JOIN edges e ON e.src = s.id AND e.type = '{EdgeTypes.Stated}'
                 WHERE s.label IN ('{NodeLabels.Person}', '{NodeLabels.Organization}', '{NodeLabels.AnonymousSource}')
                   AND (s.id = $speaker OR instr(s.names_lower, $speaker_lower) > 0))
        """;

    private const string SubjectSql = $"""
        n.id IN (SELECT e.src FROM nodes s JOIN edges e ON e.dst = s.id AND e.type = '{EdgeTypes.About}'
                 WHERE s.label IN ('{NodeLabels.Person}', '{NodeLabels.Organization}', '{NodeLabels.Place}')
                   AND (s.id = $subject OR instr(s.name_lower, $subject_lower) > 0))
        """;

    private const string ArticleOutletSql = $"""
        n.id IN (SELECT e.src FROM nodes o JOIN edges e ON e.dst = o.id AND e.type = '{EdgeTypes.PublishedBy}'
                 WHERE o.label = '{NodeLabels.Organization}' AND (o.id = $outlet OR instr(o.name_lower, $outlet_lower) > 0))
        """;

    private const string ClaimOutletSql = $"""
        n.id IN (SELECT r.dst FROM nodes o JOIN edges e ON e.dst = o.id AND e.type = '{EdgeTypes.PublishedBy}'
                 JOIN edges r ON r.src = e.src AND r.type = '{EdgeTypes.Relayed}'
                 WHERE o.label = '{NodeLabels.Organization}' AND (o.id = $outlet OR instr(o.name_lower, $outlet_lower) > 0))
        """;

    /// <summary>The WHERE clause of the filter (no keyset), its parameters added to <paramref name="command"/>.</summary>
    public static string Where(NodeQuery query, SqliteCommand command)
    {
        var filter = query.Filter;
        var isArticle = query.Label == NodeLabels.Article;
        var isClaim = query.Label == NodeLabels.Claim;
        var dateColumn = isArticle ? "n.published_at" : isClaim ? "n.first_seen_at" : null;
        var clauses = new List<string> { "n.label = $label" };
        command.Parameters.AddWithValue("$label", query.Label);

        void Add(bool applies, string sql, string parameter, object? value)
        {
            if (value is null)
            {
                return;
            }

            clauses.Add(applies ? sql : Nothing);
            command.Parameters.AddWithValue(parameter, value);
            if (value is string text)
            {
                command.Parameters.AddWithValue(parameter + "_lower", text.ToLowerInvariant());
            }
        }

        Add(true, "instr(n.names_lower, $name_lower) > 0", "$name", filter.NameContains);
        Add(isClaim, SpeakerSql, "$speaker", filter.Speaker);
        Add(isClaim, SubjectSql, "$subject", filter.Subject);
        Add(isArticle || isClaim, isArticle ? ArticleOutletSql : ClaimOutletSql, "$outlet", filter.Outlet);
        Add(dateColumn is not null, $"{dateColumn} >= $from", "$from", filter.PublishedFrom);
        // Compared on the bound's length, so "to 2024-11-12" keeps "2024-11-12T18:00:00Z".
        Add(dateColumn is not null, $"substr({dateColumn}, 1, length($to)) <= $to", "$to", filter.PublishedTo);
        Add(isClaim, "coalesce(n.relay_count, 0) >= $min_relays", "$min_relays", filter.MinRelays);
        Add(isClaim, filter.Altered == true ? "coalesce(n.altered_count, 0) > 0" : "coalesce(n.altered_count, 0) = 0", "$altered", filter.Altered);
        Add(isArticle, "n.content_hash = $content_hash", "$content_hash", filter.ContentHash);
        return string.Join(" AND ", clauses);
    }

    /// <summary>The column <paramref name="field"/> sorts by.</summary>
    public static string SortColumn(NodeOrderField field) => field switch
    {
        NodeOrderField.Name => "n.name_lower",
        NodeOrderField.PublishedAt => "n.published_at",
        NodeOrderField.ImportedAt => "n.imported_at",
        NodeOrderField.RelayCount => "n.relay_count",
        NodeOrderField.FirstSeenAt => "n.first_seen_at",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown order field."),
    };

    /// <summary>Nodes without the field last in both directions, ties by id.</summary>
    public static string OrderBy(NodeOrder order)
    {
        var column = SortColumn(order.Field);
        return $"{column} IS NULL, {column}{(order.Descending ? " DESC" : "")}, n.id";
    }

    /// <summary>"After the cursor" in <paramref name="order"/>, its parameters added to <paramref name="command"/>.</summary>
    public static string After(NodeOrder order, PageCursor cursor, SqliteCommand command)
    {
        var column = SortColumn(order.Field);
        command.Parameters.AddWithValue("$after_id", cursor.Id);
        if (cursor.Value is null)
        {
            return $"({column} IS NULL AND n.id > $after_id)";
        }

        command.Parameters.AddWithValue("$after_value", cursor.Value);
        var beyond = order.Descending ? "<" : ">";
        return $"({column} {beyond} $after_value OR ({column} = $after_value AND n.id > $after_id) OR {column} IS NULL)";
    }
}
