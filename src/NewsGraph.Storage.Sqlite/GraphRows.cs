using Microsoft.Data.Sqlite;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>Reads nodes and edges from result sets whose first columns are <see cref="NodeColumns"/> or <see cref="EdgeColumns"/>.</summary>
internal static class GraphRows
{
    public const string NodeColumns = "n.id, n.label, n.props";
    public const string EdgeColumns = "e.type, e.src, e.dst, e.props";

    public static GraphNode Node(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), PropertyJson.Read(reader.GetFieldValue<byte[]>(2)));

    public static GraphEdge Edge(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), PropertyJson.Read(reader.GetFieldValue<byte[]>(3)));

    public static async Task<IReadOnlyList<T>> ListAsync<T>(SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
