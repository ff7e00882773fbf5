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

    // Each relation filter finds the matching related nodes first (few: see NameMatchSql) and then their edges, rather
    // than testing every node of the listed label against a correlated subquery. Types and labels are the model's
    // constants, written into the SQL at compile time; no caller's value is.
    private static string SpeakerSql(string nodes) =>
        $"n.id IN (SELECT e.dst FROM ({nodes}) s JOIN edges e ON e.src = s.id AND e.type = '{EdgeTypes.Stated}')";

    private static string SubjectSql(string nodes) =>
        $"n.id IN (SELECT e.src FROM ({nodes}) s JOIN edges e ON e.dst = s.id AND e.type = '{EdgeTypes.About}')";

    private static string ArticleOutletSql(string nodes) =>
        $"n.id IN (SELECT e.src FROM ({nodes}) o JOIN edges e ON e.dst = o.id AND e.type = '{EdgeTypes.PublishedBy}')";

    private static string ClaimOutletSql(string nodes) => $"""
        n.id IN (SELECT r.dst FROM ({nodes}) o JOIN edges e ON e.dst = o.id AND e.type = '{EdgeTypes.PublishedBy}'
                 JOIN edges r ON r.src = e.src AND r.type = '{EdgeTypes.Relayed}')
        """;

    /// <summary>The WHERE clause of the filter (no keyset), its parameters added to <paramref name="parameters"/>.</summary>
    public static string Where(NodeQuery query, Dictionary<string, object?> parameters)
    {
        var filter = query.Filter;
        var isArticle = query.Label == NodeLabels.Article;
        var isClaim = query.Label == NodeLabels.Claim;
        var dateColumn = isArticle ? "n.published_at" : isClaim ? "n.first_seen_at" : null;
        var clauses = new List<string> { "n.label = $label" };
        parameters.Add("$label", query.Label);

        void Add(bool applies, string parameter, object? value, Func<string> sql)
        {
            if (value is null)
            {
                return;
            }

            clauses.Add(applies ? sql() : Nothing);
            parameters.Add(parameter, value);
            if (value is string text)
            {
                parameters.Add(parameter + "_lower", text.ToLowerInvariant());
            }
        }

        Add(true, "$name", filter.NameContains, () => NameMatchSql.NamesContain("n", query.Label, "$name", filter.NameContains!, parameters));
        Add(isClaim, "$speaker", filter.Speaker, () => SpeakerSql(NameMatchSql.Speaker.IdOrNameContains("$speaker", filter.Speaker!, parameters)));
        Add(isClaim, "$subject", filter.Subject, () => SubjectSql(NameMatchSql.Subject.IdOrNameContains("$subject", filter.Subject!, parameters)));
        Add(isArticle || isClaim, "$outlet", filter.Outlet, () =>
        {
            var outlets = NameMatchSql.Outlet.IdOrNameContains("$outlet", filter.Outlet!, parameters);
            return isArticle ? ArticleOutletSql(outlets) : ClaimOutletSql(outlets);
        });
        Add(dateColumn is not null, "$from", filter.PublishedFrom, () => $"{dateColumn} >= $from");
        // Compared on the bound's length, so "to 2024-11-12" keeps "2024-11-12T18:00:00Z".
        Add(dateColumn is not null, "$to", filter.PublishedTo, () => $"substr({dateColumn}, 1, length($to)) <= $to");
        Add(isClaim, "$min_relays", filter.MinRelays, () => "coalesce(n.relay_count, 0) >= $min_relays");
        Add(isClaim, "$altered", filter.Altered, () => filter.Altered == true ? "coalesce(n.altered_count, 0) > 0" : "coalesce(n.altered_count, 0) = 0");
        Add(isArticle, "$content_hash", filter.ContentHash, () => "n.content_hash = $content_hash");
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

    /// <summary>"After the cursor" in <paramref name="order"/>, its parameters added to <paramref name="parameters"/>.</summary>
    public static string After(NodeOrder order, PageCursor cursor, Dictionary<string, object?> parameters)
    {
        var column = SortColumn(order.Field);
        parameters.Add("$after_id", cursor.Id);
        if (cursor.Value is null)
        {
            return $"({column} IS NULL AND n.id > $after_id)";
        }

        parameters.Add("$after_value", cursor.Value);
        var beyond = order.Descending ? "<" : ">";
        return $"({column} {beyond} $after_value OR ({column} = $after_value AND n.id > $after_id) OR {column} IS NULL)";
    }
}
