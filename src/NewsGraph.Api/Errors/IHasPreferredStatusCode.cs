namespace NewsGraph.Api.Errors;

/// <summary>An error that decides the HTTP status of a response that carries only errors of its kind.</summary>
public interface IHasPreferredStatusCode
{
    /// <summary>The HTTP status code.</summary>
    int PreferredStatusCode { get; }
}
