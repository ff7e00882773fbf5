namespace NewsGraph.Graph;

/// <summary>A pagination cursor that this store did not issue, or issued for another order.</summary>
public sealed class InvalidCursorException : GraphStoreException
{
    /// <summary>Creates the exception.</summary>
    public InvalidCursorException() : this("invalid cursor")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidCursorException(string message) : base(message, code: "Store.InvalidCursor", isTransient: false)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InvalidCursorException(string message, Exception innerException)
        : base(message, code: "Store.InvalidCursor", isTransient: false, innerException)
    {
    }
}
