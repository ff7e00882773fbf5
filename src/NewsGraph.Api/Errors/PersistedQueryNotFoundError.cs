using GraphQL.Execution;

namespace NewsGraph.Api.Errors;

/// <summary>
/// A persisted-query hash the server does not know (yet): the client sends the query with its hash once, then the hash
/// alone. The message is the one Automatic Persisted Queries clients look for.
/// </summary>
public sealed class PersistedQueryNotFoundError : RequestError
{
    /// <summary>Creates the error.</summary>
    public PersistedQueryNotFoundError() : base("PersistedQueryNotFound")
    {
    }
}
