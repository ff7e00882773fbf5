namespace NewsGraph.Api.Errors;

/// <summary>An argument value the field cannot use, such as a negative <c>first</c>.</summary>
public sealed class InvalidArgumentError : FieldError
{
    /// <summary>Creates the error.</summary>
    public InvalidArgumentError(string message) : base(message)
    {
    }
}
