using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task SearchAsync_finds_names_aliases_claim_text_and_source_descriptions_best_first()
    {
        await SeedAsync();

        var source = await Store.SearchAsync("reliable source", null, 10, None);
        var alias = await Store.SearchAsync("ft", [NodeLabels.Organization], 10, None);
        var claim = await Store.SearchAsync("Internet  ACCESS", null, 10, None);
        var exact = await Store.SearchAsync("kursk", null, 10, None);

        Assert.Equal([SampleGraph.ReliableSource], Ids(source.Select(hit => hit.Node)));
        Assert.Equal([SampleGraph.FinancialTimes], Ids(alias.Select(hit => hit.Node)));
        Assert.Equal([SampleGraph.InternetClaim], Ids(claim.Select(hit => hit.Node)));
        Assert.Equal(SampleGraph.Kursk, exact[0].Node.Id);
        Assert.All(exact.Skip(1), hit => Assert.True(hit.Score < exact[0].Score));
    }

    [Fact]
    public async Task SearchAsync_keeps_to_the_labels_and_the_limit()
    {
        await SeedAsync();

        var people = await Store.SearchAsync("i", [NodeLabels.Person], 10, None);
        var limited = await Store.SearchAsync("a", null, 2, None);

        Assert.All(people, hit => Assert.Equal(NodeLabels.Person, hit.Node.Label));
        Assert.Equal(2, people.Count);
        Assert.Equal(2, limited.Count);
        Assert.True(limited[0].Score >= limited[1].Score);
        Assert.Empty(await Store.SearchAsync("   ", null, 10, None));
        Assert.Empty(await Store.SearchAsync("zebra", null, 10, None));
    }
}
