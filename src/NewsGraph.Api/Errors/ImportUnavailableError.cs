namespace NewsGraph.Api.Errors;

/// <summary>A mutation on a server that has no article importer.</summary>
public sealed class ImportUnavailableError : FieldError
{
    /// <summary>Creates the error.</summary>
    public ImportUnavailableError(string message) : base(message)
    {
    }
}
