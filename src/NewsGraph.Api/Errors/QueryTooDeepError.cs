using GraphQL.Validation;

namespace NewsGraph.Api.Errors;

/// <summary>A document nested deeper than the configured limit; a validation error like any other.</summary>
public sealed class QueryTooDeepError : ValidationError
{
    /// <summary>Creates the error.</summary>
    public QueryTooDeepError(string message) : base(message)
    {
    }
}
