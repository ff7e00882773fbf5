using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// "A name that contains this" in SQL, for the filters of node lists and relay aggregations: case-insensitive substring
/// matches as <see cref="NodeFilter"/> documents, always decided by <c>instr</c> over the lower-cased names of
/// <see cref="NodeRow"/>. For the labels whose names <c>name_trigrams</c> holds (migration 0006) and a text of 3 to 64
/// characters, the trigram index first picks the few nodes whose names contain every trigram of the text in a row, and
/// <c>instr</c> tests only those; for other texts (a shorter one has no trigram) <c>instr</c> tests every node.
/// </summary>
internal sealed record NameMatchSql(string LabelTerm, string Column)
{
    // Over alias s. Word for word the WHERE clauses of migration 0003's partial indexes, which serve the scans.
    public static NameMatchSql Speaker { get; } =
        new($"s.label IN ('{NodeLabels.Person}', '{NodeLabels.Organization}', '{NodeLabels.AnonymousSource}')", "names_lower");

    public static NameMatchSql Subject { get; } =
        new($"s.label IN ('{NodeLabels.Person}', '{NodeLabels.Organization}', '{NodeLabels.Place}')", "name_lower");

    public static NameMatchSql Outlet { get; } = new($"s.label = '{NodeLabels.Organization}'", "name_lower");

    /// <summary>Whether <c>name_trigrams</c> holds the names of nodes of <paramref name="label"/>: those the filters above name.</summary>
    public static bool Indexes(string label) =>
        label is NodeLabels.Person or NodeLabels.Organization or NodeLabels.AnonymousSource or NodeLabels.Place;

    /// <summary>
    /// A SELECT of <c>nid, id</c> of the nodes of this filter's labels that have the id <c>{parameter}</c> or whose name
    /// contains <c>{parameter}_lower</c> (the caller binds both); what else it needs is added to <paramref name="parameters"/>.
    /// </summary>
    public string IdOrNameContains(string parameter, string text, Dictionary<string, object?> parameters)
    {
        var trigrams = Trigrams(parameter, text, parameters);
        return trigrams is null
            ? $"SELECT s.nid, s.id FROM nodes s WHERE {LabelTerm} AND (s.id = {parameter} OR instr(s.{Column}, {parameter}_lower) > 0)"
            : $"""
              SELECT s.nid, s.id FROM nodes s WHERE s.id = {parameter} AND {LabelTerm}
              UNION
              SELECT s.nid, s.id FROM name_trigrams t CROSS JOIN nodes s ON s.nid = t.rowid
              WHERE t.name_trigrams MATCH {trigrams} AND {LabelTerm} AND instr(s.{Column}, {parameter}_lower) > 0
              """;
    }

    /// <summary>
    /// The condition that node <paramref name="alias"/> of <paramref name="label"/> has names (<c>names_lower</c>) that
    /// contain <c>{parameter}_lower</c> (the caller binds it); what else it needs is added to <paramref name="parameters"/>.
    /// </summary>
    public static string NamesContain(string alias, string label, string parameter, string text, Dictionary<string, object?> parameters)
    {
        var contains = $"instr({alias}.names_lower, {parameter}_lower) > 0";
        var trigrams = Indexes(label) ? Trigrams(parameter, text, parameters) : null;
        return trigrams is null ? contains : $"{alias}.nid IN (SELECT rowid FROM name_trigrams WHERE name_trigrams MATCH {trigrams}) AND {contains}";
    }

    // Texts longer than this keep the scan: a few dozen trigrams narrow the candidates as well as more would, and
    // FTS5 brings the process down on a phrase of a megabyte (the conformance suite's hostile strings hold one).
    private const int MaxIndexedLength = 64;

    // The parameter holding the FTS5 phrase of the lower-cased text (its trigrams, in a row), or null when the index
    // cannot answer: under three characters there is no trigram, and the tokenizer skips NUL, which instr does not.
    private static string? Trigrams(string parameter, string text, Dictionary<string, object?> parameters)
    {
        var lower = text.ToLowerInvariant();
        var length = lower.EnumerateRunes().Count();
        if (length < 3 || length > MaxIndexedLength || lower.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var name = parameter + "_trigrams";
        parameters.Add(name, "\"" + lower.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        return name;
    }
}
