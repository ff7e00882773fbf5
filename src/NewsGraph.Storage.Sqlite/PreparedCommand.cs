using Microsoft.Data.Sqlite;

namespace NewsGraph.Storage.Sqlite;

/// <summary>A statement compiled once on the writer connection and run many times with new parameter values.</summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public PreparedCommand(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = parameterNames.Select(name => _command.Parameters.Add(new SqliteParameter(name, DBNull.Value))).ToArray();
        _command.Prepare();
    }

    /// <summary>The command inside <paramref name="transaction"/> with <paramref name="values"/> bound in parameter order.</summary>
    public SqliteCommand Bind(SqliteTransaction transaction, params object?[] values)
    {
        _command.Transaction = transaction;
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return _command;
    }

    public void Dispose() => _command.Dispose();
}
