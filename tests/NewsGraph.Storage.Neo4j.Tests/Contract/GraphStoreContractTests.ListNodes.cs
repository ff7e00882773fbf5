using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task ListNodesAsync_pages_by_name_case_insensitively_with_keyset_cursors()
    {
        await SeedAsync();
        var query = new NodeQuery(NodeLabels.Organization) { First = 2, IncludeTotal = true };

        var first = await Store.ListNodesAsync(query, None);
        var second = await Store.ListNodesAsync(query with { After = first.EndCursor }, None);

        Assert.Equal([SampleGraph.FinancialTimes, SampleGraph.Pentagon], Ids(first.Nodes));
        Assert.True(first.HasNextPage);
        Assert.Equal(3, first.TotalCount);
        Assert.Equal([SampleGraph.TaskAndPurpose], Ids(second.Nodes));
        Assert.False(second.HasNextPage);
        GraphAssert.Equal(SampleGraph.NodeOf(SampleGraph.TaskAndPurpose), second.Nodes[0]);
    }

    [Fact]
    public async Task ListNodesAsync_descending_visits_every_node_once()
    {
        await SeedAsync();
        var query = new NodeQuery(NodeLabels.Organization) { First = 1, Order = new NodeOrder(NodeOrderField.Name, Descending: true) };

        var seen = await PageThroughAsync(query);

        Assert.Equal([SampleGraph.TaskAndPurpose, SampleGraph.Pentagon, SampleGraph.FinancialTimes], seen);
    }

    [Fact]
    public async Task ListNodesAsync_puts_nodes_without_the_field_last_in_both_directions()
    {
        await SeedAsync();
        await Store.ApplyAsync(new GraphChange { UpsertNodes = [SampleGraph.Node("article/undated", NodeLabels.Article, ("title", "Undated"))] }, None);

        foreach (var descending in new[] { false, true })
        {
            var query = new NodeQuery(NodeLabels.Article) { First = 1, Order = new NodeOrder(NodeOrderField.PublishedAt, descending) };

            var ids = await PageThroughAsync(query);

            string[] dated = descending ? [SampleGraph.TpArticle, SampleGraph.FtArticle] : [SampleGraph.FtArticle, SampleGraph.TpArticle];
            Assert.Equal([.. dated, "article/undated"], ids);
        }
    }

    [Fact]
    public async Task ListNodesAsync_orders_claims_by_relay_count()
    {
        await SeedAsync();

        var page = await Store.ListNodesAsync(new NodeQuery(NodeLabels.Claim) { Order = new NodeOrder(NodeOrderField.RelayCount, Descending: true) }, None);

        Assert.Equal([SampleGraph.InternetClaim, SampleGraph.ConfirmClaim], Ids(page.Nodes));
    }

    public static TheoryData<string, NodeFilter, string[]> Filters() => new()
    {
        { NodeLabels.Person, new NodeFilter { NameContains = "rach" }, [SampleGraph.Rachman] },
        { NodeLabels.Person, new NodeFilter { NameContains = "LT. COL" }, [SampleGraph.Dietz] },
        { NodeLabels.Claim, new NodeFilter { NameContains = "UNFETTERED" }, [SampleGraph.InternetClaim] },
        { NodeLabels.Claim, new NodeFilter { Speaker = SampleGraph.Dietz }, [SampleGraph.ConfirmClaim] },
        { NodeLabels.Claim, new NodeFilter { Speaker = "gideon" }, [SampleGraph.InternetClaim] },
        { NodeLabels.Claim, new NodeFilter { Subject = "kursk" }, [SampleGraph.InternetClaim] },
        { NodeLabels.Claim, new NodeFilter { Subject = SampleGraph.Russia }, [] },
        { NodeLabels.Article, new NodeFilter { Outlet = SampleGraph.TaskAndPurpose }, [SampleGraph.TpArticle] },
        { NodeLabels.Article, new NodeFilter { Outlet = "financial" }, [SampleGraph.FtArticle] },
        { NodeLabels.Claim, new NodeFilter { Outlet = "task & purpose" }, [SampleGraph.InternetClaim] },
        { NodeLabels.Article, new NodeFilter { PublishedFrom = "2024-11-13" }, [SampleGraph.TpArticle] },
        { NodeLabels.Article, new NodeFilter { PublishedTo = "2024-11-12" }, [SampleGraph.FtArticle] },
        { NodeLabels.Article, new NodeFilter { PublishedFrom = "2024-11-12", PublishedTo = "2024-11-14" }, [SampleGraph.TpArticle, SampleGraph.FtArticle] },
        { NodeLabels.Claim, new NodeFilter { PublishedFrom = "2024-11-13T00:00:00Z" }, [SampleGraph.ConfirmClaim] },
        { NodeLabels.Claim, new NodeFilter { MinRelays = 1 }, [SampleGraph.InternetClaim] },
        { NodeLabels.Claim, new NodeFilter { Altered = true }, [SampleGraph.InternetClaim] },
        { NodeLabels.Claim, new NodeFilter { Altered = false }, [SampleGraph.ConfirmClaim] },
        { NodeLabels.Article, new NodeFilter { ContentHash = "9f8e7d6c5b4a3f2e11" }, [SampleGraph.TpArticle] },
        { NodeLabels.Person, new NodeFilter { Speaker = "gideon" }, [] },
        { NodeLabels.Place, new NodeFilter { PublishedFrom = "2000-01-01" }, [] },
        { NodeLabels.Organization, new NodeFilter { ContentHash = "x" }, [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task ListNodesAsync_filters(string label, NodeFilter filter, string[] expected)
    {
        await SeedAsync();

        var page = await Store.ListNodesAsync(new NodeQuery(label) { Filter = filter, IncludeTotal = true }, None);

        Assert.Equal(expected.Order(StringComparer.Ordinal), Ids(page.Nodes).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, page.TotalCount);
    }

    [Fact]
    public async Task ListNodesAsync_counts_only_when_asked_and_shows_nothing_for_first_zero()
    {
        await SeedAsync();

        var none = await Store.ListNodesAsync(new NodeQuery(NodeLabels.Person) { First = 0, IncludeTotal = true }, None);
        var uncounted = await Store.ListNodesAsync(new NodeQuery(NodeLabels.Person), None);

        Assert.Empty(none.Nodes);
        Assert.Null(none.EndCursor);
        Assert.True(none.HasNextPage);
        Assert.Equal(2, none.TotalCount);
        Assert.Null(uncounted.TotalCount);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("eyJpc3MiOiJzcWxpdGUiLCJ2YWx1ZSI6MX0")]
    [InlineData("")]
    public async Task ListNodesAsync_rejects_a_cursor_it_did_not_issue(string cursor)
    {
        await SeedAsync();

        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.ListNodesAsync(new NodeQuery(NodeLabels.Person) { After = cursor }, None));
    }

    [Fact]
    public async Task ListNodesAsync_rejects_a_cursor_issued_for_another_order()
    {
        await SeedAsync();
        var page = await Store.ListNodesAsync(new NodeQuery(NodeLabels.Article) { First = 1 }, None);

        var otherOrder = new NodeQuery(NodeLabels.Article) { After = page.EndCursor, Order = new NodeOrder(NodeOrderField.PublishedAt, Descending: false) };
        var otherLabel = new NodeQuery(NodeLabels.Claim) { After = page.EndCursor };

        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.ListNodesAsync(otherOrder, None));
        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.ListNodesAsync(otherLabel, None));
    }

    /// <summary>The ids of every page of <paramref name="query"/>, following the cursors to the end.</summary>
    private async Task<List<string>> PageThroughAsync(NodeQuery query)
    {
        var ids = new List<string>();
        for (string? after = null; ;)
        {
            var page = await Store.ListNodesAsync(query with { After = after }, None);
            ids.AddRange(Ids(page.Nodes));
            if (!page.HasNextPage)
            {
                return ids;
            }

            after = page.EndCursor;
        }
    }
}
