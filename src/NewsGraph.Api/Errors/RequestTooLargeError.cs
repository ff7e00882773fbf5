namespace NewsGraph.Api.Errors;

/// <summary>A body over the configured size limit (413).</summary>
public sealed class RequestTooLargeError : TransportError
{
    /// <summary>Creates the error.</summary>
    public RequestTooLargeError(string message) : base(message, 413)
    {
    }
}
