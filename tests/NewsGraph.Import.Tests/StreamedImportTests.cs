using Microsoft.Data.Sqlite;
using NewsGraph.Extraction;
using NewsGraph.Graph;
using NewsGraph.Graph.Import;

namespace NewsGraph.Import.Tests;

/// <summary>Batches prepared ahead by <see cref="ImportPipeline"/> and written one at a time, as <c>newsgraph import</c> does.</summary>
public class StreamedImportTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Streaming_the_seeds_in_batches_gives_the_graph_of_importing_them_together()
    {
        await using var together = new ImportFixture();
        await together.ImportAsync([.. ImportFixture.Seeds]);
        await using var streamed = new ImportFixture();
        await ImportPipeline.RunAsync(ImportFixture.Seeds.Chunk(2), 1, Prepare(streamed), Write(streamed), Ct);

        Assert.Equal(await together.DumpAsync(), await streamed.DumpAsync());
    }

    [Fact]
    public async Task A_store_that_fails_in_a_later_batch_keeps_the_batches_before_it_whole_and_nothing_of_the_failed_one()
    {
        await using var expected = new ImportFixture();
        await expected.ImportAsync(ImportFixture.Seeds[0], ImportFixture.Seeds[1]);
        await using var streamed = new ImportFixture(TimeSpan.FromSeconds(1));
        SqliteConnection? otherWriter = null;
        try
        {
            var write = Write(streamed);
            var error = await Assert.ThrowsAsync<GraphStoreException>(() => ImportPipeline.RunAsync(
                ImportFixture.Seeds.Chunk(2),
                2,
                Prepare(streamed),
                async (batch, ct) =>
                {
                    await write(batch, ct);

                    // After the first batch another process takes the file's write lock and keeps it.
                    otherWriter ??= await LockAsync(streamed.DatabasePath);
                },
                Ct));

            Assert.Equal("SQLITE_BUSY", error.Code);
        }
        finally
        {
            if (otherWriter is not null)
            {
                await otherWriter.DisposeAsync();
            }
        }

        Assert.Equal(await expected.DumpAsync(), await streamed.DumpAsync());
    }

    [Fact]
    public async Task Streaming_articles_already_stored_changes_nothing()
    {
        await using var fixture = new ImportFixture();
        await fixture.ImportAsync([.. ImportFixture.Seeds]);
        var before = await fixture.DumpAsync();
        var statuses = new List<ImportStatus>();
        await ImportPipeline.RunAsync(
            ImportFixture.Seeds.Chunk(2),
            2,
            Prepare(fixture),
            async (batch, ct) => statuses.AddRange((await fixture.Importer.ImportAsync(batch, ct)).Select(r => r.Status)),
            Ct);

        Assert.All(statuses, status => Assert.Equal(ImportStatus.Unchanged, status));
        Assert.Equal(ImportFixture.Seeds.Count, statuses.Count);
        Assert.Equal(before, await fixture.DumpAsync());
    }

    private static Func<ArticleInput[], CancellationToken, ValueTask<PreparedArticles>> Prepare(ImportFixture fixture) =>
        (batch, ct) => ValueTask.FromResult(fixture.Importer.Prepare(batch, ct));

    private static Func<PreparedArticles, CancellationToken, Task> Write(ImportFixture fixture) =>
        (batch, ct) => fixture.Importer.ImportAsync(batch, ct);

    private static async Task<SqliteConnection> LockAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(Ct);
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE";
        await command.ExecuteNonQueryAsync(Ct);
        return connection;
    }
}
