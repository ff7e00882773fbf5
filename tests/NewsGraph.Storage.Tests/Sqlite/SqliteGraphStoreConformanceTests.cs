using NewsGraph.Graph;
using NewsGraph.Storage.Sqlite;
using NewsGraph.Storage.Conformance;

namespace NewsGraph.Storage.Tests.Sqlite;

/// <summary>The conformance suite against a real SQLite file in a folder of its own that does not exist yet.</summary>
public sealed class SqliteGraphStoreConformanceTests : GraphStoreConformanceTests, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = new SqliteGraphStore(new SqliteGraphStoreOptions { Path = _folder.File("nested/graph.db") });
        await store.InitializeAsync(Ct);
        return store;
    }

    public void Dispose() => _folder.Dispose();
}
