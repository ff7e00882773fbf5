namespace NewsGraph.Api.Errors;

/// <summary>A POST that a browser could send cross-site without a preflight (400).</summary>
public sealed class CsrfProtectionError : TransportError
{
    /// <summary>Creates the error.</summary>
    public CsrfProtectionError(string message) : base(message, 400)
    {
    }
}
