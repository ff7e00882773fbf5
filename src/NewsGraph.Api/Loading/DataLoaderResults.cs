using GraphQL.DataLoader;

namespace NewsGraph.Api.Loading;

/// <summary>Composition of <see cref="IDataLoaderResult{T}"/>s without giving up batching.</summary>
internal static class DataLoaderResults
{
    /// <summary>A result already known.</summary>
    public static IDataLoaderResult<T> FromValue<T>(T value) => new Completed<T>(value);

    /// <summary>A result a task delivers: GraphQL.NET awaits it as it awaits a load, where a bare task would pass for the value.</summary>
    public static IDataLoaderResult<T> FromTask<T>(Task<T> task) => new Pending<T>(task);

    /// <summary>Maps the value once it is loaded.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(source, map);

    /// <summary>
    /// Starts a second load once the first is done. The execution strategy queues the second result with the other
    /// pending ones, so the second loads of a whole level are batched too.
    /// </summary>
    public static IDataLoaderResult ThenLoad<TIn>(this IDataLoaderResult<TIn> source, Func<TIn, IDataLoaderResult> next) =>
        new Chained<TIn>(source, next);

    /// <summary>All the results, in order, as one result.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> WhenAll<T>(IReadOnlyList<IDataLoaderResult<T>> results) => new All<T>(results);

    private sealed class Completed<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Pending<T>(Task<T> task) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => task;

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await task;
    }

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class Chained<TIn>(IDataLoaderResult<TIn> source, Func<TIn, IDataLoaderResult> next) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            next(await source.GetResultAsync(cancellationToken));
    }

    private sealed class All<T>(IReadOnlyList<IDataLoaderResult<T>> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new T[results.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = await results[i].GetResultAsync(cancellationToken);
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
