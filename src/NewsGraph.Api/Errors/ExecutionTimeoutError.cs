namespace NewsGraph.Api.Errors;

/// <summary>An operation that ran past the configured execution timeout (504).</summary>
public sealed class ExecutionTimeoutError : TransportError
{
    /// <summary>Creates the error.</summary>
    public ExecutionTimeoutError(string message) : base(message, 504)
    {
    }
}
