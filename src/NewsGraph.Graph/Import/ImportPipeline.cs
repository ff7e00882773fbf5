using System.Threading.Channels;

namespace NewsGraph.Graph.Import;

/// <summary>
/// Runs an import's batches through two overlapping stages: each batch is prepared (read, extracted, its evidence
/// built: nothing that reads the store) on the thread pool while the batches before it are written, one at a time and
/// in the order they came, so the graph is the one writing them one after another gives. At most
/// <c>capacity</c> prepared batches wait, so memory stays flat however many batches there are.
/// </summary>
/// <remarks>
/// A failure stops the run with that failure: when a write fails, the batches after it are not written; when a batch
/// cannot be prepared, the batches before it are still written (each is a whole transaction), then the preparation's
/// error is thrown. Cancellation stops both stages.
/// </remarks>
public static class ImportPipeline
{
    /// <summary>Prepares <paramref name="batches"/> ahead of writing them, in order.</summary>
    /// <param name="batches">The batches, enumerated on the preparing side (a lazy source, such as files found or articles generated, is read as it is needed).</param>
    /// <param name="capacity">How many prepared batches may wait for the writer (<see cref="ImportOptions.PreparedBatches"/>).</param>
    /// <param name="prepare">The work that needs no store.</param>
    /// <param name="write">The work that does; called with one batch at a time, in order.</param>
    /// <param name="cancellationToken">Stops both stages.</param>
    public static async Task RunAsync<TBatch, TPrepared>(
        IEnumerable<TBatch> batches,
        int capacity,
        Func<TBatch, CancellationToken, ValueTask<TPrepared>> prepare,
        Func<TPrepared, CancellationToken, Task> write,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(write);
        var prepared = Channel.CreateBounded<TPrepared>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => PrepareAllAsync(batches, prepare, prepared.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in prepared.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await write(batch, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }

        await producer.ConfigureAwait(false);
    }

    // Ends the channel however preparing ends, so the writer drains what is ready; the producer's task carries the error.
    private static async Task PrepareAllAsync<TBatch, TPrepared>(
        IEnumerable<TBatch> batches, Func<TBatch, CancellationToken, ValueTask<TPrepared>> prepare, ChannelWriter<TPrepared> prepared, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var batch in batches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var ready = await prepare(batch, cancellationToken).ConfigureAwait(false);
                await prepared.WriteAsync(ready, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            prepared.Complete();
        }
    }
}
