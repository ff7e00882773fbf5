using Microsoft.Extensions.Logging;

namespace NewsGraph.Api;

/// <summary>The API's log messages (source-generated). Never logs documents, variables, article text or keys.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "GraphQL request refused with {StatusCode} {Code}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, int statusCode, string? code, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "GraphQL operation {OperationName} ran past the execution timeout of {Timeout}")]
    public static partial void ExecutionTimedOut(ILogger logger, string? operationName, TimeSpan timeout);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "The graph store failed ({StoreCode}) while resolving {Field}")]
    public static partial void StoreFailed(ILogger logger, string storeCode, string? field, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Unexpected error while resolving {Field}")]
    public static partial void ResolverFailed(ILogger logger, string? field, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "The graph store is not ready ({StoreCode})")]
    public static partial void StoreNotReady(ILogger logger, string storeCode, Exception exception);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "The store is empty: importing {Count} seed articles from {Folder}")]
    public static partial void SeedingStarted(ILogger logger, int count, string folder);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "The store is empty and no article importer is registered: serving an empty graph")]
    public static partial void SeedingSkipped(ILogger logger);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Seed article {File} was rejected: {Reason}")]
    public static partial void SeedRejected(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "The Banana Cake Pop files are missing from {Folder}; GET /graphql/ answers 404 (build the project to install them)")]
    public static partial void IdeFilesMissing(ILogger logger, string folder);
}
