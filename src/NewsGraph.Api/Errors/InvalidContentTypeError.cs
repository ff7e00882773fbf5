namespace NewsGraph.Api.Errors;

/// <summary>A POST whose Content-Type is missing, unparsable or not one the endpoint reads (415).</summary>
public sealed class InvalidContentTypeError : TransportError
{
    /// <summary>Creates the error.</summary>
    public InvalidContentTypeError(string message) : base(message, 415)
    {
    }
}
