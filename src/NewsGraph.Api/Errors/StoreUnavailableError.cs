namespace NewsGraph.Api.Errors;

/// <summary>The graph store failed or could not be reached.</summary>
public sealed class StoreUnavailableError : FieldError
{
    /// <summary>Creates the error.</summary>
    public StoreUnavailableError(string message) : base(message)
    {
    }
}
