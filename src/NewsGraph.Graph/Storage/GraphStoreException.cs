namespace NewsGraph.Graph;

/// <summary>A failure the store reported or that reaching it caused.</summary>
public class GraphStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphStoreException() : this("the graph store failed")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GraphStoreException(string message) : this(message, code: "Store.Failure", isTransient: false)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public GraphStoreException(string message, Exception innerException)
        : this(message, code: "Store.Failure", isTransient: false, innerException)
    {
    }

    /// <summary>Creates the exception with a machine-readable code.</summary>
    public GraphStoreException(string message, string code, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        IsTransient = isTransient;
    }

    /// <summary>A machine-readable code: the store's own (<c>Neo.ClientError.Security.Unauthorized</c>, <c>SQLITE_BUSY</c>) or ours.</summary>
    public string Code { get; }

    /// <summary>Whether retrying the same operation may succeed.</summary>
    public bool IsTransient { get; }
}
