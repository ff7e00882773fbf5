using System.Globalization;
using System.Text;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j.Tests.Cookbook;

/// <summary>A query's answer as the cookbook prints it: column names, then rows of cell texts.</summary>
public sealed record AnswerTable(IReadOnlyList<string> Columns, IReadOnlyList<string[]> Rows)
{
    /// <summary>The records as cells: strings as they are, floats always with a point, lists in brackets, null as <c>null</c>.</summary>
    internal static AnswerTable Of(IReadOnlyList<CypherRecord> records, IReadOnlyList<string> columnsWhenEmpty)
    {
        var columns = records.Count > 0 ? records[0].Columns.ToList() : [.. columnsWhenEmpty];
        return new AnswerTable(columns, [.. records.Select(record => columns.Select(column => Cell(record[column])).ToArray())]);
    }

    /// <summary>The table in Markdown, as it belongs in the cookbook.</summary>
    public string ToMarkdown()
    {
        var builder = new StringBuilder();
        builder.Append("| ").AppendJoin(" | ", Columns.Select(Escape)).Append(" |\n");
        builder.Append('|').AppendJoin("|", Columns.Select(_ => "---")).Append("|\n");
        foreach (var row in Rows)
        {
            builder.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        }

        return builder.ToString();
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Cell(object? value) => (value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number when double.IsInteger(number) => number.ToString("0.0", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        string text => text,
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Cell)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    }).Trim();
}
