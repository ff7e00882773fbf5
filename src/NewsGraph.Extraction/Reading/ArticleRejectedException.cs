namespace NewsGraph.Extraction;

/// <summary>Thrown when input cannot be an article at all (empty, binary, too large).</summary>
public sealed class ArticleRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ArticleRejectedException()
    {
    }

    /// <summary>Creates the exception with a message that says what is wrong with the input.</summary>
    public ArticleRejectedException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public ArticleRejectedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
