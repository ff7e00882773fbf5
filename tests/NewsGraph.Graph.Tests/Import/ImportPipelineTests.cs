using System.Collections.Concurrent;
using NewsGraph.Graph.Import;

namespace NewsGraph.Graph.Tests.Import;

public class ImportPipelineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Batches_are_written_one_at_a_time_in_their_order_however_long_each_takes_to_prepare()
    {
        var written = new List<int>();
        var writing = 0;
        await ImportPipeline.RunAsync(
            Enumerable.Range(0, 40),
            capacity: 3,
            async (batch, ct) =>
            {
                await Task.Delay((batch * 7) % 5, ct);
                return batch;
            },
            async (batch, ct) =>
            {
                Assert.Equal(1, Interlocked.Increment(ref writing));
                await Task.Delay(batch % 3, ct);
                written.Add(batch);
                Interlocked.Decrement(ref writing);
            },
            CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 40), written);
    }

    [Fact]
    public async Task No_more_batches_are_prepared_than_the_capacity_allows_while_the_writer_is_busy()
    {
        var prepared = new CountingPreparation();
        var release = new TaskCompletionSource();
        var run = ImportPipeline.RunAsync(
            Enumerable.Range(0, 100),
            capacity: 2,
            prepared.PrepareAsync,
            (_, _) => release.Task,
            CancellationToken.None);

        // One being written, two waiting in the channel, one prepared and waiting for room.
        await WaitUntilAsync(() => prepared.Count == 4);
        await Task.Delay(200);
        Assert.Equal(4, prepared.Count);
        release.SetResult();
        await run.WaitAsync(Patience);
        Assert.Equal(100, prepared.Count);
    }

    [Fact]
    public async Task A_failed_write_stops_the_run_with_its_error_and_nothing_after_it_is_written()
    {
        var written = new ConcurrentQueue<int>();
        var prepared = new CountingPreparation();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ImportPipeline.RunAsync(
            Enumerable.Range(0, 100),
            capacity: 2,
            prepared.PrepareAsync,
            (batch, _) =>
            {
                if (batch == 5)
                {
                    throw new InvalidOperationException("store down");
                }

                written.Enqueue(batch);
                return Task.CompletedTask;
            },
            CancellationToken.None).WaitAsync(Patience));

        Assert.Equal("store down", error.Message);
        Assert.Equal([0, 1, 2, 3, 4], written);
        Assert.InRange(prepared.Count, 6, 9);
    }

    [Fact]
    public async Task When_a_batch_cannot_be_prepared_the_batches_before_it_are_written_and_its_error_is_thrown()
    {
        var written = new ConcurrentQueue<int>();
        var error = await Assert.ThrowsAsync<FormatException>(() => ImportPipeline.RunAsync(
            Enumerable.Range(0, 100),
            capacity: 2,
            (batch, _) => batch == 7 ? throw new FormatException("bad batch") : ValueTask.FromResult(batch),
            (batch, _) =>
            {
                written.Enqueue(batch);
                return Task.CompletedTask;
            },
            CancellationToken.None).WaitAsync(Patience));

        Assert.Equal("bad batch", error.Message);
        Assert.Equal(Enumerable.Range(0, 7), written);
    }

    [Fact]
    public async Task Cancellation_stops_both_stages()
    {
        using var cancellation = new CancellationTokenSource();
        var prepared = new CountingPreparation();
        var written = 0;
        var run = ImportPipeline.RunAsync(
            Enumerable.Range(0, 1_000_000),
            capacity: 2,
            prepared.PrepareAsync,
            async (_, ct) =>
            {
                if (Interlocked.Increment(ref written) == 3)
                {
                    await cancellation.CancelAsync();
                }

                await Task.Delay(1, ct);
            },
            cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(Patience));
        var preparedAtEnd = prepared.Count;
        await Task.Delay(100);
        Assert.Equal(preparedAtEnd, prepared.Count);
        Assert.Equal(3, written);
        Assert.InRange(preparedAtEnd, 3, 7);
    }

    [Fact]
    public async Task A_capacity_below_one_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ImportPipeline.RunAsync(
            [1], 0, (batch, _) => ValueTask.FromResult(batch), (_, _) => Task.CompletedTask, CancellationToken.None));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the pipeline did not get there in time");
            await Task.Delay(10);
        }
    }

    /// <summary>A preparation that only counts the batches it was given.</summary>
    private sealed class CountingPreparation
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public ValueTask<int> PrepareAsync(int batch, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.FromResult(batch);
        }
    }
}
