namespace NewsGraph.Api.Errors;

/// <summary>An HTTP method other than GET and POST (405).</summary>
public sealed class MethodNotAllowedError : TransportError
{
    /// <summary>Creates the error.</summary>
    public MethodNotAllowedError(string message) : base(message, 405)
    {
    }
}
