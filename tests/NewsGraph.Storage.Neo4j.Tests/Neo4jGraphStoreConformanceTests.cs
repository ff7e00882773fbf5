using NewsGraph.Graph;
using NewsGraph.Storage.Conformance;
using NewsGraph.Storage.Neo4j.Tests.Server;

namespace NewsGraph.Storage.Neo4j.Tests;

/// <summary>The store conformance suite on the real Neo4j server, emptied before each test.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class Neo4jGraphStoreConformanceTests(Neo4jServerFixture fixture) : GraphStoreConformanceTests
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = fixture.CreateStore();
        await Neo4jServerFixture.ClearAsync(store);
        return store;
    }
}
