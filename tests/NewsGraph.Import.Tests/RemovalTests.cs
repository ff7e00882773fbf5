namespace NewsGraph.Import.Tests;

public class RemovalTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Removing_an_article_leaves_the_graph_of_the_others(int removed)
    {
        await using var all = new ImportFixture();
        var results = await all.ImportAsync([.. ImportFixture.Seeds]);
        await using var others = new ImportFixture();
        await others.ImportAsync([.. ImportFixture.Seeds.Where((_, i) => i != removed)]);

        Assert.True(await all.Importer.RemoveAsync(results[removed].ArticleId, CancellationToken.None));

        Assert.Equal(await others.DumpAsync(), await all.DumpAsync());
    }

    [Fact]
    public async Task Removing_every_article_leaves_nothing()
    {
        await using var fixture = new ImportFixture();
        var results = await fixture.ImportAsync([.. ImportFixture.Seeds]);

        foreach (var result in results)
        {
            await fixture.Importer.RemoveAsync(result.ArticleId, CancellationToken.None);
        }

        var counts = await fixture.Store.CountAsync(CancellationToken.None);
        Assert.All(counts.Nodes.Values, count => Assert.Equal(0, count));
        Assert.All(counts.Edges.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task Removing_an_unknown_article_says_so_and_changes_nothing()
    {
        await using var fixture = new ImportFixture();
        await fixture.ImportAsync(ImportFixture.Seeds[0]);
        var before = await fixture.DumpAsync();

        Assert.False(await fixture.Importer.RemoveAsync("article/0000000000000000", CancellationToken.None));
        Assert.False(await fixture.Importer.RemoveAsync("person/nobody", CancellationToken.None));
        Assert.Equal(before, await fixture.DumpAsync());
    }
}
