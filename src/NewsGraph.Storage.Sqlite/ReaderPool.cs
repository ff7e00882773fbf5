using System.Collections.Concurrent;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// Open read-only connections kept between reads, so that each keeps the statements it compiled
/// (<see cref="ReaderConnection"/>). A read rents one, or opens one when none is idle, and returns it when done.
/// </summary>
/// <param name="connectionString">The read-only connection string.</param>
/// <param name="memoryMapSize">Bytes of the file each connection maps (<see cref="SqliteGraphStoreOptions.MemoryMapSize"/>).</param>
internal sealed class ReaderPool(string connectionString, long memoryMapSize) : IAsyncDisposable
{
    // Reads run on the thread pool and SQLite runs them synchronously, so about as many are rented at once as there
    // are threads running them; connections beyond this many idle ones are closed.
    internal const int MaxIdle = 16;

    // Lock-free: a ConcurrentBag takes a lock to steal from another thread's list, and under load that lock's holder
    // was often descheduled while every other read waited on it.
    private readonly ConcurrentQueue<ReaderConnection> _idle = new();
    private int _idleCount;
    private volatile bool _disposed;

    public async Task<ReaderConnection> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryDequeue(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return idle;
        }

        var connection = new ReaderConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (memoryMapSize > 0)
            {
                using var map = connection.CreateCommand();
                map.CommandText = FormattableString.Invariant($"PRAGMA mmap_size = {memoryMapSize}");
                await map.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Takes back <paramref name="connection"/>. One whose read failed is closed, not kept: a failure may have left it
    /// in a state the next read should not inherit.
    /// </summary>
    public async ValueTask ReturnAsync(ReaderConnection connection, bool readSucceeded)
    {
        if (!readSucceeded || !TryKeep(connection))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        else if (_disposed)
        {
            await CloseIdleAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Closes the idle connections; those still rented are closed when returned.</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await CloseIdleAsync().ConfigureAwait(false);
    }

    private bool TryKeep(ReaderConnection connection)
    {
        if (Interlocked.Increment(ref _idleCount) > MaxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            return false;
        }

        _idle.Enqueue(connection);
        return true;
    }

    private async ValueTask CloseIdleAsync()
    {
        while (_idle.TryDequeue(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
