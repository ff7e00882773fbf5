using Microsoft.Data.Sqlite;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// A read-only connection that keeps every statement it compiles, for the next read that runs the same SQL.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite compiles a command's SQL anew for each new command, and on the store's small reads compiling
/// took about as long as running: the store's reads are a few dozen SQL texts run again and again with new parameters.
/// </remarks>
internal sealed class ReaderConnection(string connectionString) : SqliteConnection(connectionString)
{
    // Enough for every SQL text the store's reads make; past it (filters combine into many texts) all are dropped.
    internal const int MaxStatements = 256;

    private readonly Dictionary<string, ReusedCommand> _statements = new(StringComparer.Ordinal);

    /// <summary>
    /// Begins a read transaction: the statements run until <see cref="EndRead"/> see one state of the file. Begun and
    /// ended by compiled statements, where <see cref="SqliteConnection.BeginTransaction()"/> compiled both anew each
    /// time, about half the cost of a small read. A read that fails never ends its transaction: its connection is
    /// closed, not reused (<see cref="ReaderPool"/>), which ends it.
    /// </summary>
    public void BeginRead() => Command("BEGIN").ExecuteNonQuery();

    /// <summary>Ends the read transaction <see cref="BeginRead"/> began.</summary>
    public void EndRead() => Command("COMMIT").ExecuteNonQuery();

    /// <summary>
    /// The command for <paramref name="sql"/>, with no parameters; compiled on its first use on this connection.
    /// Disposing it hands it back to the connection.
    /// </summary>
    public SqliteCommand Command(string sql)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            if (_statements.Count == MaxStatements)
            {
                DropStatements();
            }

            command = new ReusedCommand(sql, this);
            _statements.Add(sql, command);
        }

        command.Parameters.Clear();
        return command;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DropStatements();
        }

        base.Dispose(disposing);
    }

    private void DropStatements()
    {
        foreach (var command in _statements.Values)
        {
            command.Release();
        }

        _statements.Clear();
    }

    /// <summary>A command whose <see cref="IDisposable.Dispose"/> keeps it compiled; <see cref="Release"/> ends it.</summary>
    private sealed class ReusedCommand(string sql, SqliteConnection connection) : SqliteCommand(sql, connection)
    {
        public void Release() => base.Dispose(disposing: true);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                DataReader?.Dispose();
            }
            else
            {
                base.Dispose(disposing);
            }
        }
    }
}
