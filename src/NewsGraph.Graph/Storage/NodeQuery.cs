namespace NewsGraph.Graph;

/// <summary>A page of one label's nodes, filtered and ordered, with keyset pagination.</summary>
/// <param name="Label">The label to list.</param>
public sealed record NodeQuery(string Label)
{
    /// <summary>Which nodes to keep.</summary>
    public NodeFilter Filter { get; init; } = new();

    /// <summary>The order of the page; ties are broken by id, ascending.</summary>
    public NodeOrder Order { get; init; } = new(NodeOrderField.Name, Descending: false);

    /// <summary>Page size (at least 0).</summary>
    public int First { get; init; } = 20;

    /// <summary>Cursor of the last node of the previous page (from <see cref="NodePage.EndCursor"/>), or null for the first page.</summary>
    public string? After { get; init; }

    /// <summary>Whether to count every node that matches the filter (costs a second query).</summary>
    public bool IncludeTotal { get; init; }
}
