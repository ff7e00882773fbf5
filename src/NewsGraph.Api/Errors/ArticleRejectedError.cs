namespace NewsGraph.Api.Errors;

/// <summary>An article the importer refused: empty, binary, too large or unreadable.</summary>
public sealed class ArticleRejectedError : FieldError
{
    /// <summary>Creates the error.</summary>
    public ArticleRejectedError(string message) : base(message)
    {
    }
}
