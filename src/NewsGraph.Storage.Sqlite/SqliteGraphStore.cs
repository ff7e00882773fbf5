using Microsoft.Data.Sqlite;
using NewsGraph.Graph;
using NewsGraph.Graph.Import;
using NewsGraph.Storage.Sqlite.Schema;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// The embedded <see cref="IGraphStore"/>: one SQLite file in WAL mode.
/// </summary>
/// <remarks>
/// Safe for one writer and many readers in one process. Writes go through a single long-lived connection, one
/// change at a time behind a <see cref="SemaphoreSlim"/>, with statements prepared once. Reads each take a
/// read-only connection from the store's own pool (<see cref="ReaderPool"/>), whose connections keep the statements
/// they compiled; WAL lets them run alongside the writer, each on the snapshot its statement (or, for multi-statement
/// reads, its transaction) began with. Another process may read the
/// file at the same time; two processes writing it wait on each other up to <see cref="SqliteGraphStoreOptions.BusyTimeout"/>.
/// The file is opened and migrated on first use, or by <see cref="InitializeAsync"/>.
/// </remarks>
public sealed partial class SqliteGraphStore : IGraphStore, IAsyncDisposable
{
    private readonly string _path;
    private readonly string _writeConnectionString;
    private readonly ReaderPool _readers;
    private readonly int _busyTimeoutMilliseconds;
    private readonly IReadOnlyList<Migration> _migrations;
    private readonly WalCheckpointer? _checkpointer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private SqliteConnection? _writeConnection;
    private GraphWriter? _writer;
    private volatile bool _ready;
    private bool _disposed;

    /// <summary>Creates the store; the file is opened on first use.</summary>
    public SqliteGraphStore(SqliteGraphStoreOptions options)
        : this(options, MigrationCatalog.All)
    {
    }

    internal SqliteGraphStore(SqliteGraphStoreOptions options, IReadOnlyList<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        _path = Path.GetFullPath(options.Path);
        _busyTimeoutMilliseconds = (int)Math.Clamp(options.BusyTimeout.TotalMilliseconds, 0, int.MaxValue);
        _migrations = migrations;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false,
            // Microsoft.Data.Sqlite retries a busy statement until this many seconds pass; 0 would mean forever.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        };
        _writeConnectionString = builder.ToString();
        _checkpointer = options.CheckpointInBackground ? new WalCheckpointer(_writeConnectionString) : null;
        builder.Mode = SqliteOpenMode.ReadOnly;
        _readers = new ReaderPool(builder.ToString(), Math.Max(0, options.MemoryMapSize));
    }

    /// <summary>Opens the file, creating it and its folder if missing, and brings its schema up to date.</summary>
    /// <exception cref="GraphStoreException">The file cannot be opened, is not a NewsGraph store, or has a newer schema.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await OpenWriterAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc/>
    public async Task ApplyAsync(GraphChange change, CancellationToken cancellationToken)
    {
        PreparedChange prepared;
        using (ImportMetrics.Serializing.Start())
        {
            prepared = PreparedChange.From(change);
        }

        if (change.IsEmpty)
        {
            return;
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await OpenWriterAsync(cancellationToken).ConfigureAwait(false);
            if (_checkpointer is not null)
            {
                using var timing = ImportMetrics.CheckpointWait.Start();
                await _checkpointer.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            await _writer!.ApplyAsync(prepared, cancellationToken).ConfigureAwait(false);
            _checkpointer?.Start();
        }
        catch (SqliteException exception)
        {
            throw SqliteErrors.ToStoreException(exception, _path);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Closes the writer connection and the pooled readers. Call once no operation is running.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await _writeLock.WaitAsync().ConfigureAwait(false);
        _disposed = true;
        _ready = false;
        _writer?.Dispose();
        if (_checkpointer is not null)
        {
            await _checkpointer.DisposeAsync().ConfigureAwait(false);
        }

        if (_writeConnection is not null)
        {
            await _writeConnection.DisposeAsync().ConfigureAwait(false);
        }

        await _readers.DisposeAsync().ConfigureAwait(false);

        _writeLock.Release();
        _writeLock.Dispose();
    }

    // Called with the write lock held.
    private async Task OpenWriterAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_ready)
        {
            return;
        }

        var connection = new SqliteConnection(_writeConnectionString);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var pragmas = connection.CreateCommand())
            {
                // journal_mode is stored in the file; synchronous=NORMAL is durable enough in WAL mode (a power cut
                // may lose the last commits, never consistency) and spares an fsync per commit. The writer's
                // 64 MiB page cache keeps the indexes an import touches in memory. With the checkpointer, commits
                // leave the WAL's pages to it.
                var autocheckpoint = _checkpointer is null ? "" : " PRAGMA wal_autocheckpoint = 0;";
                pragmas.CommandText = $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA busy_timeout = {_busyTimeoutMilliseconds};{autocheckpoint}";
                await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await Migrator.MigrateAsync(connection, _migrations, cancellationToken).ConfigureAwait(false);
            _writer = new GraphWriter(connection);
        }
        catch (Exception exception)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            if (exception is SqliteException sqlite)
            {
                throw SqliteErrors.ToStoreException(sqlite, _path);
            }

            if (exception is IOException or UnauthorizedAccessException)
            {
                throw new GraphStoreException($"Cannot create the folder of the SQLite store '{_path}': {exception.Message}", "Store.Unavailable", false, exception);
            }

            throw;
        }

        _writeConnection = connection;
        _ready = true;
    }

    // Every read runs in one snapshot of the file, so all its statements see the same graph.
    private async Task<T> ReadAsync<T>(Func<ReaderConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        var succeeded = false;
        try
        {
            connection.BeginRead();
            var result = await read(connection).ConfigureAwait(false);
            connection.EndRead();
            succeeded = true;
            return result;
        }
        catch (SqliteException exception)
        {
            throw SqliteErrors.ToStoreException(exception, _path);
        }
        finally
        {
            await _readers.ReturnAsync(connection, succeeded).ConfigureAwait(false);
        }
    }

    private async Task<ReaderConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _readers.RentAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException exception)
        {
            throw SqliteErrors.ToStoreException(exception, _path);
        }
    }

    // A command of the reader connection, compiled once per connection (ReaderConnection).
    internal static SqliteCommand Command(ReaderConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Command(connection, sql, parameters.Select(parameter => KeyValuePair.Create(parameter.Name, parameter.Value)));

    private static SqliteCommand Command(ReaderConnection connection, string sql, IEnumerable<KeyValuePair<string, object?>> parameters)
    {
        var command = connection.Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
