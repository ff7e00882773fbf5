using Microsoft.Data.Sqlite;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// Copies committed WAL pages into the database file on a connection of its own, on another thread, while the
/// writer's caller prepares its next change; the writer's connection then never checkpoints
/// (<c>wal_autocheckpoint = 0</c>). Before the next write the store waits for the copy to end, so that the
/// write can start the WAL again from its beginning: the WAL holds one write's pages, as with SQLite's own checkpoints.
/// Not thread-safe: the store calls it with its write lock held.
/// </summary>
internal sealed class WalCheckpointer : IAsyncDisposable
{
    private readonly string _connectionString;
    private SqliteConnection? _connection;
    private Task _running = Task.CompletedTask;

    public WalCheckpointer(string connectionString)
    {
        _connectionString = connectionString;
    }

    /// <summary>Starts copying what is committed; a checkpoint still running is awaited first by <see cref="WaitAsync"/>.</summary>
    public void Start() => _running = Task.Run(CheckpointAsync);

    /// <summary>Waits for the running checkpoint, and throws what made it fail (once: the next one starts afresh).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var running = _running;
        _running = Task.CompletedTask;
        await running.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        // A failed checkpoint loses nothing (the pages stay in the WAL); closing the last connection checkpoints again.
        await _running.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    // PASSIVE takes no lock that readers or the writer wait for; it copies what no reader still needs from the WAL.
    private async Task CheckpointAsync()
    {
        if (_connection is null)
        {
            var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync().ConfigureAwait(false);
            _connection = connection;
        }

        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
