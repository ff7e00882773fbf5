namespace NewsGraph.Api.Errors;

/// <summary>A <c>first</c> (or a list of ids) over the configured page size.</summary>
public sealed class PageSizeTooLargeError : FieldError
{
    /// <summary>Creates the error.</summary>
    public PageSizeTooLargeError(string message) : base(message)
    {
    }
}
