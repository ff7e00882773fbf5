namespace NewsGraph.Api.Errors;

/// <summary>An <c>after</c> cursor this server did not issue for this list and order.</summary>
public sealed class InvalidCursorError : FieldError
{
    /// <summary>Creates the error.</summary>
    public InvalidCursorError(string message) : base(message)
    {
    }
}
