namespace NewsGraph.Api.Errors;

/// <summary>A JSON array of requests: NewsGraph runs one operation per request (400).</summary>
public sealed class BatchedRequestsNotSupportedError : TransportError
{
    /// <summary>Creates the error.</summary>
    public BatchedRequestsNotSupportedError(string message) : base(message, 400)
    {
    }
}
