using System.Data;
using Microsoft.Data.Sqlite;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.Storage.Tests.Sqlite;

/// <summary>The store's read connections: kept open between reads, each keeping the statements it compiled.</summary>
public sealed class ReaderPoolTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempFolder _folder = new();

    public ReaderPoolTests()
    {
        Directory.CreateDirectory(_folder.Path);
        using var create = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        create.Open();
        using var command = create.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);";
        command.ExecuteNonQuery();
    }

    private string DatabasePath => _folder.File("pool.db");

    private string ConnectionString => $"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False";

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_connection_hands_out_the_same_command_for_the_same_SQL_with_the_new_parameters()
    {
        await using var connection = await OpenAsync();
        connection.BeginRead();

        SqliteCommand first;
        using (first = connection.Command("SELECT count(*) FROM t WHERE x >= $min"))
        {
            first.Parameters.AddWithValue("$min", 2);
            Assert.Equal(2L, first.ExecuteScalar());
        }

        using var second = connection.Command("SELECT count(*) FROM t WHERE x >= $min");
        Assert.Empty(second.Parameters);
        second.Parameters.AddWithValue("$min", 3);

        Assert.Same(first, second);
        Assert.Equal(1L, second.ExecuteScalar());
    }

    [Fact]
    public async Task A_read_sees_one_state_of_the_file_until_it_ends()
    {
        await using var connection = await OpenAsync();
        await using var writer = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        writer.Open();
        using var insert = writer.CreateCommand();
        insert.CommandText = "INSERT INTO t VALUES (4)";

        connection.BeginRead();
        Assert.Equal(3L, Count());
        insert.ExecuteNonQuery();
        Assert.Equal(3L, Count());
        connection.EndRead();

        Assert.Equal(4L, Count());

        long Count()
        {
            using var command = connection.Command("SELECT count(*) FROM t");
            return (long)command.ExecuteScalar()!;
        }
    }

    [Fact]
    public async Task Past_its_bound_a_connection_drops_its_statements_and_keeps_answering()
    {
        await using var connection = await OpenAsync();
        connection.BeginRead();
        var first = connection.Command("SELECT 0");

        for (var i = 0; i <= ReaderConnection.MaxStatements; i++)
        {
            using var command = connection.Command($"SELECT {i}");
            Assert.Equal((long)i, command.ExecuteScalar());
        }

        using var again = connection.Command("SELECT 0");
        Assert.NotSame(first, again);
        Assert.Equal(0L, again.ExecuteScalar());
    }

    [Fact]
    public async Task A_returned_connection_is_rented_again_and_a_failed_one_is_closed()
    {
        await using var pool = new ReaderPool(ConnectionString, memoryMapSize: 0);
        var kept = await pool.RentAsync(Ct);
        await pool.ReturnAsync(kept, readSucceeded: true);

        var again = await pool.RentAsync(Ct);
        await pool.ReturnAsync(again, readSucceeded: false);
        var fresh = await pool.RentAsync(Ct);

        Assert.Same(kept, again);
        Assert.Equal(ConnectionState.Closed, again.State);
        Assert.NotSame(again, fresh);
        Assert.Equal(ConnectionState.Open, fresh.State);
        await pool.ReturnAsync(fresh, readSucceeded: true);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(SqliteGraphStoreOptions.ServingMemoryMapSize)]
    public async Task A_new_connection_maps_as_much_of_the_file_as_configured(long memoryMapSize)
    {
        await using var pool = new ReaderPool(ConnectionString, memoryMapSize);
        var connection = await pool.RentAsync(Ct);
        connection.BeginRead();

        using (var command = connection.Command("PRAGMA mmap_size"))
        {
            Assert.Equal(memoryMapSize, (long)command.ExecuteScalar()!);
        }

        connection.EndRead();
        await pool.ReturnAsync(connection, readSucceeded: true);
    }

    [Fact]
    public async Task The_pool_keeps_at_most_its_bound_of_idle_connections()
    {
        await using var pool = new ReaderPool(ConnectionString, memoryMapSize: 0);
        var rented = new List<ReaderConnection>();
        for (var i = 0; i < ReaderPool.MaxIdle + 4; i++)
        {
            rented.Add(await pool.RentAsync(Ct));
        }

        foreach (var connection in rented)
        {
            await pool.ReturnAsync(connection, readSucceeded: true);
        }

        Assert.Equal(ReaderPool.MaxIdle, rented.Count(c => c.State == ConnectionState.Open));
    }

    [Fact]
    public async Task Disposing_the_pool_closes_idle_connections_and_those_returned_later()
    {
        var pool = new ReaderPool(ConnectionString, memoryMapSize: 0);
        var idle = await pool.RentAsync(Ct);
        var busy = await pool.RentAsync(Ct);
        await pool.ReturnAsync(idle, readSucceeded: true);

        await pool.DisposeAsync();
        await pool.ReturnAsync(busy, readSucceeded: true);

        Assert.Equal(ConnectionState.Closed, idle.State);
        Assert.Equal(ConnectionState.Closed, busy.State);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pool.RentAsync(Ct));
    }

    private async Task<ReaderConnection> OpenAsync()
    {
        var connection = new ReaderConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        return connection;
    }
}
