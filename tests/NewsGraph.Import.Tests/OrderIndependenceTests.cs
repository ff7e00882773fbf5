using System.Text;
using NewsGraph.Extraction;
using NewsGraph.Graph;

namespace NewsGraph.Import.Tests;

/// <summary>The graph depends on the set of articles imported, never on their order or batching.</summary>
public class OrderIndependenceTests
{
    public static TheoryData<int[]> Orders => new()
    {
        new[] { 0, 1, 2, 3, 4 },
        new[] { 4, 3, 2, 1, 0 },
        new[] { 2, 0, 4, 1, 3 },
        new[] { 3, 4, 0, 2, 1 },
        new[] { 1, 3, 0, 4, 2 },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Importing_the_seeds_one_by_one_in_any_order_gives_the_graph_of_importing_them_together(int[] order)
    {
        await using var together = new ImportFixture();
        await together.ImportAsync([.. ImportFixture.Seeds]);
        await using var oneByOne = new ImportFixture();
        foreach (var index in order)
        {
            await oneByOne.ImportAsync(ImportFixture.Seeds[index]);
        }

        Assert.Equal(await together.DumpAsync(), await oneByOne.DumpAsync());
    }

    [Fact]
    public async Task Importing_in_two_batches_gives_the_same_graph()
    {
        await using var together = new ImportFixture();
        await together.ImportAsync([.. ImportFixture.Seeds]);
        await using var batches = new ImportFixture();
        await batches.ImportAsync(ImportFixture.Seeds[3], ImportFixture.Seeds[1]);
        await batches.ImportAsync(ImportFixture.Seeds[0], ImportFixture.Seeds[4], ImportFixture.Seeds[2]);

        Assert.Equal(await together.DumpAsync(), await batches.DumpAsync());
    }

    [Fact]
    public async Task Importing_an_unchanged_article_again_changes_nothing()
    {
        await using var fixture = new ImportFixture();
        await fixture.ImportAsync([.. ImportFixture.Seeds]);
        var before = await fixture.DumpAsync();

        var again = await fixture.ImportAsync([.. ImportFixture.Seeds]);

        Assert.All(again, r => Assert.Equal(NewsGraph.Graph.Import.ImportStatus.Unchanged, r.Status));
        Assert.Equal(before, await fixture.DumpAsync());
    }

    [Fact]
    public async Task The_same_article_twice_in_one_batch_is_imported_once()
    {
        await using var fixture = new ImportFixture();

        var results = await fixture.ImportAsync(ImportFixture.Seeds[0], ImportFixture.Seeds[0]);

        Assert.Equal([NewsGraph.Graph.Import.ImportStatus.Imported, NewsGraph.Graph.Import.ImportStatus.Unchanged], results.Select(r => r.Status));
        Assert.Equal(1, (await fixture.Store.CountAsync(CancellationToken.None)).Nodes["Article"]);
    }

    /// <summary>A wire story quotes a driver's whole answer; a bulletin quotes a shortened sentence of it with no speaker.</summary>
    private static readonly ArticleInput[] HeldWhole =
    [
        Invented("wire.txt", "Drivers stranded for days at border crossing\n\nKORVALA, March 3 - Truck drivers stranded at the Korvala crossing said on Tuesday they had run out of food.\n\n\"We waited four days at the border crossing and slept in the lorry cab, all nineteen of us, and nobody came,\" said Tomasz Wierzbicki, a driver from Lodz.\n"),
        Invented("bulletin.txt", "Morning bulletin: border queues grow\n\nQueues at the Korvala crossing grew again overnight, with hundreds of lorries waiting.\n\n\"We slept in the lorry cab, all nineteen of us.\"\n\nOfficials expect the crossing to reopen by Friday.\n"),
    ];

    [Fact]
    public async Task An_unattributed_sentence_imported_after_the_longer_quote_that_holds_it_joins_it_as_when_imported_together()
    {
        await using var together = new ImportFixture();
        await together.ImportAsync(HeldWhole);
        await using var oneByOne = new ImportFixture();
        await oneByOne.ImportAsync(HeldWhole[0]);
        await oneByOne.ImportAsync(HeldWhole[1]);

        var claims = await together.Store.SearchAsync("slept lorry cab nineteen", [NodeLabels.Claim], 10, CancellationToken.None);
        var claim = Assert.Single(claims).Node;
        Assert.Equal(2L, claim.Properties["relayCount"]);
        Assert.Equal(await together.DumpAsync(), await oneByOne.DumpAsync());
    }

    private static ArticleInput Invented(string name, string text) => ArticleReader.Read(name, Encoding.UTF8.GetBytes(text));
}
