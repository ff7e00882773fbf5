using GraphQL.Execution;

namespace NewsGraph.Api.Errors;

/// <summary>A persisted-query hash that is not the SHA-256 of the query sent with it (400): nothing is stored or run.</summary>
public sealed class PersistedQueryHashMismatchError : RequestError, IHasPreferredStatusCode
{
    /// <summary>Creates the error.</summary>
    public PersistedQueryHashMismatchError(string message) : base(message)
    {
    }

    /// <inheritdoc />
    public int PreferredStatusCode => 400;
}
