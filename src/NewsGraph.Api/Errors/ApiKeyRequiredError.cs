namespace NewsGraph.Api.Errors;

/// <summary>A mutation without the API key header (401).</summary>
public sealed class ApiKeyRequiredError : RequestValidationError
{
    /// <summary>Creates the error.</summary>
    public ApiKeyRequiredError(string message) : base(message, 401)
    {
    }
}
