namespace NewsGraph.Api.Errors;

/// <summary>An operation the HTTP method may not run: a mutation over GET (405).</summary>
public sealed class HttpMethodValidationError : RequestValidationError
{
    /// <summary>Creates the error.</summary>
    public HttpMethodValidationError(string message) : base(message, 405)
    {
    }
}
