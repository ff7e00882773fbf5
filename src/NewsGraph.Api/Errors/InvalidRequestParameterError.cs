namespace NewsGraph.Api.Errors;

/// <summary>A request parameter of the wrong JSON type, such as a numeric <c>query</c> (400).</summary>
public sealed class InvalidRequestParameterError : TransportError
{
    /// <summary>Creates the error.</summary>
    public InvalidRequestParameterError(string message) : base(message, 400)
    {
    }
}
