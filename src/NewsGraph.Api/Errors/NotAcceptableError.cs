namespace NewsGraph.Api.Errors;

/// <summary>An Accept header that names neither JSON media type (406).</summary>
public sealed class NotAcceptableError : TransportError
{
    /// <summary>Creates the error.</summary>
    public NotAcceptableError(string message) : base(message, 406)
    {
    }
}
