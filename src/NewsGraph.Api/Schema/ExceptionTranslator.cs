using GraphQL.Execution;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsGraph.Api.Errors;
using NewsGraph.Extraction;
using NewsGraph.Graph;

namespace NewsGraph.Api.Schema;

/// <summary>
/// The one place where exceptions from the store and the importer become GraphQL errors: a typed error with a clear
/// message, never the exception's own text for store failures.
/// </summary>
internal static class ExceptionTranslator
{
    /// <summary>Replaces <see cref="UnhandledExceptionContext.Exception"/> with the error to report.</summary>
    public static void Translate(UnhandledExceptionContext context)
    {
        var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(ExceptionTranslator)) ?? (ILogger)NullLogger.Instance;
        var field = context.FieldContext?.FieldDefinition.Name;
        context.Exception = context.OriginalException switch
        {
            GraphQLMaxDepthExceededException => new QueryTooDeepError("The document is nested too deeply to be read."),
            InvalidCursorException => new InvalidCursorError("The `after` cursor was not issued for this list and order."),
            GraphStoreException store => StoreFailed(logger, store, field),
            ArticleRejectedException rejected => new ArticleRejectedError($"The article was rejected: {rejected.Message}."),
            _ => Unexpected(logger, context.OriginalException, field, context.Exception),
        };
    }

    private static StoreUnavailableError StoreFailed(ILogger logger, GraphStoreException exception, string? field)
    {
        Log.StoreFailed(logger, exception.Code, field, exception);
        return new StoreUnavailableError(exception.IsTransient
            ? "The graph store is busy; try again."
            : "The graph store failed; the server log has the details.");
    }

    private static Exception Unexpected(ILogger logger, Exception original, string? field, Exception current)
    {
        Log.ResolverFailed(logger, field, original);
        return current;
    }
}
