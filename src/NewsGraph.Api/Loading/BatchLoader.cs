using GraphQL.DataLoader;

namespace NewsGraph.Api.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while a level of the document executes and fetches them in one call
/// when the first result is awaited; each key is fetched at most once per request. Thread-safe, because the
/// parallel execution strategy runs resolvers concurrently.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type; keys the fetch does not return get <c>default</c>.</typeparam>
internal sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly Dictionary<TKey, Batch> _batchOfKey = [];
    private readonly Lock _gate = new();
    private Batch? _open;

    /// <summary>Creates a loader over <paramref name="fetch"/>, which gets distinct keys.</summary>
    public BatchLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    {
        _fetch = fetch;
    }

    /// <summary>The value of <paramref name="key"/>, fetched with the other keys of its batch.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batchOfKey.TryGetValue(key, out var batch))
            {
                batch = _open ??= new Batch(this);
                batch.Keys.Add(key);
                _batchOfKey.Add(key, batch);
            }

            return new Result(batch, key);
        }
    }

    // The first caller fetches, outside the lock: a store may read synchronously, and under the lock that read would
    // hold every other resolver of the request on a blocked thread. The others await the same batch.
    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Dispatched)
            {
                return batch.Fetched.Task;
            }

            batch.Dispatched = true;
            if (ReferenceEquals(_open, batch))
            {
                _open = null;
            }
        }

        return FetchAsync(batch, cancellationToken);
    }

    private async Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(Batch batch, CancellationToken cancellationToken)
    {
        try
        {
            batch.Fetched.SetResult(await _fetch(batch.Keys, cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException exception)
        {
            batch.Fetched.SetCanceled(exception.CancellationToken);
        }
        catch (Exception exception)
        {
            batch.Fetched.SetException(exception);
        }

        return await batch.Fetched.Task.ConfigureAwait(false);
    }

    private sealed class Batch(BatchLoader<TKey, TValue> loader)
    {
        public List<TKey> Keys { get; } = [];

        public bool Dispatched { get; set; }

        public TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> Fetched { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken) =>
            loader.Dispatch(this, cancellationToken);
    }

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.RunAsync(cancellationToken);
            return values.TryGetValue(key, out var value) ? value : default;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
