using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    // Ties (equal values, names equal but for case) and missing values for every order field.
    private static readonly SortRow[] SortRows =
    [
        new("article/1", NodeLabels.Article, "beta", "2024-01-02", "2024-03-01", null, null),
        new("article/2", NodeLabels.Article, "Alpha", "2024-01-01", null, null, null),
        new("article/3", NodeLabels.Article, "alpha", "2024-01-02", "2024-03-01", null, null),
        new("article/4", NodeLabels.Article, null, null, "2024-02-01", null, null),
        new("article/5", NodeLabels.Article, "Gamma", null, null, null, null),
        new("claim/1", NodeLabels.Claim, "Zed", null, null, 5, "2024-05-01"),
        new("claim/2", NodeLabels.Claim, "yak", null, null, 1, null),
        new("claim/3", NodeLabels.Claim, "Xylophone", null, null, 5, "2024-04-01"),
        new("claim/4", NodeLabels.Claim, null, null, null, null, "2024-05-01"),
        new("claim/5", NodeLabels.Claim, "ant", null, null, 0, null),
    ];

    public static TheoryData<string, NodeOrderField, bool> Orders { get; } = new()
    {
        { NodeLabels.Article, NodeOrderField.Name, false },
        { NodeLabels.Article, NodeOrderField.Name, true },
        { NodeLabels.Claim, NodeOrderField.Name, false },
        { NodeLabels.Claim, NodeOrderField.Name, true },
        { NodeLabels.Article, NodeOrderField.PublishedAt, false },
        { NodeLabels.Article, NodeOrderField.PublishedAt, true },
        { NodeLabels.Article, NodeOrderField.ImportedAt, false },
        { NodeLabels.Article, NodeOrderField.ImportedAt, true },
        { NodeLabels.Claim, NodeOrderField.RelayCount, false },
        { NodeLabels.Claim, NodeOrderField.RelayCount, true },
        { NodeLabels.Claim, NodeOrderField.FirstSeenAt, false },
        { NodeLabels.Claim, NodeOrderField.FirstSeenAt, true },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task ListNodesAsync_orders_by_the_field_with_missing_values_last_and_ties_by_id(string label, NodeOrderField field, bool descending)
    {
        await WriteSortRowsAsync();

        var page = await ListAsync(label, order: new NodeOrder(field, descending));

        Assert.Equal(ExpectedOrder(label, field, descending), page.Nodes.Ids());
        Assert.False(page.HasNextPage);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task ListNodesAsync_pages_through_every_node_once_in_order(string label, NodeOrderField field, bool descending)
    {
        await WriteSortRowsAsync();
        var order = new NodeOrder(field, descending);

        var pages = await ReadPagesAsync(label, order, pageSize: 2);

        Assert.Equal(ExpectedOrder(label, field, descending), pages.SelectMany(p => p.Nodes).Ids());
        Assert.Equal(3, pages.Count);
        Assert.All(pages[..^1], page => Assert.True(page.HasNextPage));
        Assert.False(pages[^1].HasNextPage);
    }

    [Fact]
    public async Task ListNodesAsync_on_an_empty_store_returns_an_empty_last_page()
    {
        var page = await ListAsync(NodeLabels.Person, includeTotal: true);

        AssertEmptyPage(page, hasNextPage: false, totalCount: 0);
    }

    [Fact]
    public async Task ListNodesAsync_with_page_size_zero_returns_no_nodes_but_tells_whether_any_follow()
    {
        Assert.False((await ListAsync(NodeLabels.Person, first: 0)).HasNextPage);
        await ApplyAsync(new GraphBuilder().Person("person/a", "A"));

        var page = await ListAsync(NodeLabels.Person, first: 0, includeTotal: true);

        AssertEmptyPage(page, hasNextPage: true, totalCount: 1);
    }

    [Fact]
    public async Task ListNodesAsync_exact_last_page_has_no_next_page()
    {
        await ApplyAsync(new GraphBuilder().Person("person/a", "A").Person("person/b", "B").Person("person/c", "C").Person("person/d", "D"));

        var first = await ListAsync(NodeLabels.Person, first: 2);
        var second = await ListAsync(NodeLabels.Person, first: 2, after: first.EndCursor);
        var beyond = await ListAsync(NodeLabels.Person, first: 2, after: second.EndCursor);

        Assert.True(first.HasNextPage);
        Assert.Equal(["person/c", "person/d"], second.Nodes.Ids());
        Assert.False(second.HasNextPage);
        Assert.NotNull(second.EndCursor);
        AssertEmptyPage(beyond, hasNextPage: false, totalCount: null);
    }

    [Fact]
    public async Task ListNodesAsync_rejects_a_negative_page_size()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => ListAsync(NodeLabels.Person, first: -1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("%%%not base64%%%")]
    [InlineData("eyJhIjoxfQ")]
    [InlineData("WyJOYW1lOmFzYyJd")]
    [InlineData("'); DROP TABLE nodes; --")]
    public async Task ListNodesAsync_rejects_a_cursor_it_did_not_issue(string cursor)
    {
        await ApplyAsync(new GraphBuilder().Person("person/a", "A"));

        await Assert.ThrowsAsync<InvalidCursorException>(() => ListAsync(NodeLabels.Person, after: cursor));
    }

    [Theory]
    [InlineData(NodeOrderField.Name, true)]
    [InlineData(NodeOrderField.PublishedAt, false)]
    [InlineData(NodeOrderField.RelayCount, false)]
    public async Task ListNodesAsync_rejects_a_cursor_issued_for_another_order(NodeOrderField field, bool descending)
    {
        await ApplyAsync(new GraphBuilder().Person("person/a", "A").Person("person/b", "B"));
        var page = await ListAsync(NodeLabels.Person, first: 1);

        await Assert.ThrowsAsync<InvalidCursorException>(() => ListAsync(NodeLabels.Person, order: new NodeOrder(field, descending), after: page.EndCursor));
    }

    [Fact]
    public async Task ListNodesAsync_neither_repeats_nor_skips_when_nodes_arrive_between_pages()
    {
        await ApplyAsync(new GraphBuilder().Person("person/b", "b").Person("person/d", "d").Person("person/f", "f").Person("person/h", "h"));
        var first = await ListAsync(NodeLabels.Person, first: 2);

        await ApplyAsync(new GraphBuilder().Person("person/a", "a").Person("person/c", "c").Person("person/e", "e"));
        var second = await ListAsync(NodeLabels.Person, first: 10, after: first.EndCursor);

        Assert.Equal(["person/b", "person/d"], first.Nodes.Ids());
        Assert.Equal(["person/e", "person/f", "person/h"], second.Nodes.Ids());
    }

    [Fact]
    public async Task ListNodesAsync_continues_after_the_cursor_node_is_deleted()
    {
        await ApplyAsync(new GraphBuilder().Person("person/a", "a").Person("person/b", "b").Person("person/c", "c"));
        var first = await ListAsync(NodeLabels.Person, first: 2);

        await Store.ApplyAsync(new GraphChange { DeleteNodes = ["person/b"] }, Ct);
        var second = await ListAsync(NodeLabels.Person, after: first.EndCursor);

        Assert.Equal(["person/c"], second.Nodes.Ids());
    }

    [Fact]
    public async Task ListNodesAsync_continues_from_a_node_without_the_sort_value()
    {
        await WriteSortRowsAsync();
        var order = new NodeOrder(NodeOrderField.PublishedAt, false);
        var first = await ListAsync(NodeLabels.Article, order: order, first: 4);

        var second = await ListAsync(NodeLabels.Article, order: order, after: first.EndCursor);

        Assert.Equal("article/4", first.Nodes[^1].Id);
        Assert.Equal(["article/5"], second.Nodes.Ids());
    }

    private static void AssertEmptyPage(NodePage page, bool hasNextPage, long? totalCount)
    {
        Assert.Empty(page.Nodes);
        Assert.Null(page.EndCursor);
        Assert.Equal(hasNextPage, page.HasNextPage);
        Assert.Equal(totalCount, page.TotalCount);
    }

    private async Task WriteSortRowsAsync()
    {
        var graph = new GraphBuilder();
        foreach (var row in SortRows)
        {
            if (row.Label == NodeLabels.Article)
            {
                graph.Article(row.Id, row.Name, row.PublishedAt, row.ImportedAt);
            }
            else
            {
                graph.Claim(row.Id, row.Name, row.RelayCount, firstSeenAt: row.FirstSeenAt);
            }
        }

        await ApplyAsync(graph);
    }

    private async Task<List<NodePage>> ReadPagesAsync(string label, NodeOrder order, int pageSize)
    {
        var pages = new List<NodePage>();
        string? after = null;
        do
        {
            var page = await ListAsync(label, order: order, first: pageSize, after: after);
            pages.Add(page);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null && pages.Count < 100);

        return pages;
    }

    private static IEnumerable<string> ExpectedOrder(string label, NodeOrderField field, bool descending)
    {
        var rows = SortRows.Where(row => row.Label == label).ToArray();
        var withValue = rows.Where(row => row.ValueOf(field) is not null);
        var sorted = descending
            ? withValue.OrderByDescending(row => row.ValueOf(field), SortRow.ValueComparer)
            : withValue.OrderBy(row => row.ValueOf(field), SortRow.ValueComparer);
        return sorted.ThenBy(row => row.Id, StringComparer.Ordinal)
            .Concat(rows.Where(row => row.ValueOf(field) is null).OrderBy(row => row.Id, StringComparer.Ordinal))
            .Select(row => row.Id);
    }

    private sealed record SortRow(string Id, string Label, string? Name, string? PublishedAt, string? ImportedAt, long? RelayCount, string? FirstSeenAt)
    {
        public static readonly IComparer<object?> ValueComparer = Comparer<object?>.Create(
            (a, b) => a is long x && b is long y ? x.CompareTo(y) : string.CompareOrdinal((string?)a, (string?)b));

        public object? ValueOf(NodeOrderField field) => field switch
        {
            NodeOrderField.Name => Name?.ToLowerInvariant(),
            NodeOrderField.PublishedAt => PublishedAt,
            NodeOrderField.ImportedAt => ImportedAt,
            NodeOrderField.RelayCount => RelayCount,
            _ => FirstSeenAt,
        };
    }
}
