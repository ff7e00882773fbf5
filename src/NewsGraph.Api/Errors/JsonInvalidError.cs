namespace NewsGraph.Api.Errors;

/// <summary>A body or query-string value that is not valid JSON (400).</summary>
public sealed class JsonInvalidError : TransportError
{
    /// <summary>Creates the error.</summary>
    public JsonInvalidError(string message) : base(message, 400)
    {
    }
}
