using GraphQL.Execution;

namespace NewsGraph.Api.Errors;

/// <summary>
/// A request the endpoint refused before GraphQL saw it (bad content type, bad JSON, too large…). The class name
/// gives the <c>extensions.code</c>; the status is the HTTP answer.
/// </summary>
public abstract class TransportError : RequestError, IHasPreferredStatusCode
{
    /// <summary>Creates the error.</summary>
    protected TransportError(string message, int preferredStatusCode) : base(message)
    {
        PreferredStatusCode = preferredStatusCode;
    }

    /// <inheritdoc />
    public int PreferredStatusCode { get; }
}
