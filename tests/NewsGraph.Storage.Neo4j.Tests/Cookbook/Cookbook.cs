using System.Text.RegularExpressions;

namespace NewsGraph.Storage.Neo4j.Tests.Cookbook;

/// <summary>One query of <c>docs/cypher.md</c>: the heading above it, the Cypher, and the answer table under it.</summary>
public sealed record CookbookQuery(string Heading, string Cypher, AnswerTable Answer);

/// <summary>Reads <c>docs/cypher.md</c>: every <c>```cypher</c> block is a query, and the Markdown table right under it its answer.</summary>
public static partial class Cookbook
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Cookbook", "cypher.md");

    public static IReadOnlyList<CookbookQuery> Read(string markdown)
    {
        var queries = new List<CookbookQuery>();
        var heading = "";
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                heading = lines[i][3..].Trim();
            }
            else if (lines[i].Trim() == "```cypher")
            {
                var cypher = lines.Skip(i + 1).TakeWhile(line => line.Trim() != "```").ToList();
                i += cypher.Count + 2;
                while (i < lines.Length && lines[i].Trim().Length == 0)
                {
                    i++;
                }

                var table = lines.Skip(i).TakeWhile(line => line.TrimStart().StartsWith('|')).ToList();
                if (table.Count < 2)
                {
                    throw new InvalidDataException($"The query under '{heading}' has no answer table under it.");
                }

                queries.Add(new CookbookQuery(heading, string.Join('\n', cypher), new AnswerTable(Cells(table[0]), [.. table.Skip(2).Select(Cells)])));
                i += table.Count - 1;
            }
        }

        return queries;
    }

    /// <summary>The cells of a table row, trimmed, with <c>\|</c> read as a pipe.</summary>
    private static string[] Cells(string row)
    {
        var inner = row.Trim();
        inner = inner.Substring(1, inner.Length - (inner.EndsWith('|') && !inner.EndsWith("\\|", StringComparison.Ordinal) ? 2 : 1));
        return [.. UnescapedPipe().Split(inner).Select(cell => cell.Trim().Replace("\\|", "|", StringComparison.Ordinal))];
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
