using NewsGraph.Api.Loading;

namespace NewsGraph.Api.Tests.Loading;

/// <summary>The batching loader on its own: one fetch per batch, and no resolver held behind a fetch in progress.</summary>
public sealed class BatchLoaderTests
{
    // Generous: the test ends as soon as the loader answers; only a loader that blocks waits this long, and then fails.
    private static readonly TimeSpan Deadlock = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Keys_asked_before_the_first_result_is_awaited_are_fetched_together_once()
    {
        var fetches = new List<string[]>();
        var loader = new BatchLoader<string, string>((keys, _) =>
        {
            fetches.Add([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => k.ToUpperInvariant()));
        });

        var a = loader.Load("a");
        var b = loader.Load("b");
        var again = loader.Load("a");

        string?[] results = [await a.GetResultAsync(), await b.GetResultAsync(), await again.GetResultAsync()];
        Assert.Equal(new[] { "A", "B", "A" }, results);
        Assert.Equal([["a", "b"]], fetches);
    }

    [Fact]
    public async Task A_fetch_that_blocks_its_thread_does_not_hold_other_resolvers()
    {
        using var fetching = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var loader = new BatchLoader<string, string>((keys, cancellationToken) =>
        {
            // A store whose read runs synchronously, as SQLite's does.
            fetching.Set();
            release.Wait(cancellationToken);
            return Task.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => k.ToUpperInvariant()));
        });
        var first = Task.Run(() => loader.Load("a").GetResultAsync());
        fetching.Wait();

        var meanwhile = await Task.Run(() => new[] { loader.Load("b"), loader.Load("a") }).WaitAsync(Deadlock);
        var sameBatch = meanwhile[1].GetResultAsync();
        release.Set();

        Assert.Equal("A", await first.WaitAsync(Deadlock));
        Assert.Equal("A", await sameBatch.WaitAsync(Deadlock));
        Assert.Equal("B", await meanwhile[0].GetResultAsync().WaitAsync(Deadlock));
    }

    [Fact]
    public async Task A_failed_fetch_fails_every_result_of_its_batch()
    {
        var loader = new BatchLoader<string, string>((_, _) => Task.FromException<IReadOnlyDictionary<string, string>>(new InvalidOperationException("store down")));
        var a = loader.Load("a");
        var b = loader.Load("b");

        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => a.GetResultAsync())).Message);
        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => b.GetResultAsync())).Message);
    }
}
