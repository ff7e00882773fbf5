using Microsoft.Extensions.Logging;

namespace NewsGraph.Storage.Neo4j;

/// <summary>The adapter's log messages. Values and credentials are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Neo4j {Version} ({Edition}) at {Url}, spoken through the {Dialect}")]
    public static partial void Connected(ILogger logger, Uri url, string version, string edition, string dialect);

    [LoggerMessage(2, LogLevel.Debug, "Neo4j schema ensured: {Count} constraints and indexes")]
    public static partial void SchemaEnsured(ILogger logger, int count);

    [LoggerMessage(3, LogLevel.Warning, "Neo4j reported {Code}; trying again in {Delay} (retry {Attempt})")]
    public static partial void RetryingAfterTransientError(ILogger logger, string code, int attempt, TimeSpan delay);

    [LoggerMessage(4, LogLevel.Debug, "Neo4j change applied: {Statements} statements in {Requests} requests")]
    public static partial void ChangeApplied(ILogger logger, int statements, int requests);
}
