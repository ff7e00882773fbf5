using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Tests.Contract;
using NewsGraph.Storage.Neo4j.Tests.Server;

namespace NewsGraph.Storage.Neo4j.Tests;

/// <summary>The store contract on a real Neo4j server.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class Neo4jGraphStoreContractTests(Neo4jServerFixture fixture) : GraphStoreContractTests
{
    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var store = fixture.CreateStore();
        await Neo4jServerFixture.ClearAsync(store);
        return store;
    }
}
