using GraphQL.Validation;

namespace NewsGraph.Api.Errors;

/// <summary>A document whose estimated cost is over the configured limit; a validation error like any other.</summary>
public sealed class QueryTooComplexError : ValidationError
{
    /// <summary>Creates the error.</summary>
    public QueryTooComplexError(string message) : base(message)
    {
    }
}
