using GraphQL.Execution;

namespace NewsGraph.Api.Errors;

/// <summary>A <c>persistedQuery</c> extension of a version other than 1, or without a usable hash (400).</summary>
public sealed class PersistedQueryNotSupportedError : RequestError, IHasPreferredStatusCode
{
    /// <summary>Creates the error.</summary>
    public PersistedQueryNotSupportedError(string message) : base(message)
    {
    }

    /// <inheritdoc />
    public int PreferredStatusCode => 400;
}
