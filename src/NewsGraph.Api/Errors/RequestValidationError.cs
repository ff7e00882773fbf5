using GraphQL.Validation;

namespace NewsGraph.Api.Errors;

/// <summary>
/// A document NewsGraph refuses to run for a reason of its own (method, API key, depth, complexity). The class name
/// gives the <c>extensions.code</c>; the status is the HTTP answer when it is the only kind of error.
/// </summary>
public abstract class RequestValidationError : ValidationError, IHasPreferredStatusCode
{
    /// <summary>Creates the error.</summary>
    protected RequestValidationError(string message, int preferredStatusCode) : base(message)
    {
        PreferredStatusCode = preferredStatusCode;
    }

    /// <inheritdoc />
    public int PreferredStatusCode { get; }
}
