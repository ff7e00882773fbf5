namespace NewsGraph.Api.Errors;

/// <summary>A request without a <c>query</c> (400).</summary>
public sealed class QueryMissingError : TransportError
{
    /// <summary>Creates the error.</summary>
    public QueryMissingError(string message) : base(message, 400)
    {
    }
}
