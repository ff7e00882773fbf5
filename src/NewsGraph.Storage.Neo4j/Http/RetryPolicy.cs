using Microsoft.Extensions.Logging;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>
/// Runs a unit of work (a whole transaction) again after <c>Neo.TransientError.*</c>, waiting twice as long each
/// time. Other failures, unreachable servers included, surface at once so timeouts stay what was configured.
/// </summary>
internal sealed class RetryPolicy(int maxRetries, TimeSpan firstDelay, ILogger logger)
{
    /// <summary>Runs <paramref name="work"/>, again after transient failures, at most <c>maxRetries</c> more times.</summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(cancellationToken).ConfigureAwait(false);
            }
            catch (GraphStoreException exception) when (attempt <= maxRetries && IsRetriable(exception))
            {
                var delay = firstDelay * Math.Pow(2, attempt - 1);
                Log.RetryingAfterTransientError(logger, exception.Code, attempt, delay);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Whether the failure is one Neo4j calls transient.</summary>
    public static bool IsRetriable(GraphStoreException exception) =>
        exception.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}
