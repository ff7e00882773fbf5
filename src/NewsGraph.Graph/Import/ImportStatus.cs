namespace NewsGraph.Graph.Import;

/// <summary>What an import did with one article.</summary>
public enum ImportStatus
{
    /// <summary>The article was new and is now in the graph.</summary>
    Imported,
    /// <summary>An article with the same content was already in the graph; nothing changed.</summary>
    Unchanged,
}
