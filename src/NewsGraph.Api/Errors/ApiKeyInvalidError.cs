namespace NewsGraph.Api.Errors;

/// <summary>A mutation whose API key is wrong, or sent to a server that has none configured (403).</summary>
public sealed class ApiKeyInvalidError : RequestValidationError
{
    /// <summary>Creates the error.</summary>
    public ApiKeyInvalidError(string message) : base(message, 403)
    {
    }
}
