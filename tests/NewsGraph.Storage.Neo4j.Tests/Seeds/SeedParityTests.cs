using NewsGraph.Storage.Neo4j.Tests.Server;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.Storage.Neo4j.Tests.Seeds;

/// <summary>The seeds imported by the real importer into Neo4j and into SQLite make the same graph, property types included.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class SeedParityTests(Neo4jServerFixture fixture)
{
    [Fact]
    public async Task The_seeds_give_the_same_nodes_and_relationships_in_Neo4j_and_in_SQLite()
    {
        var folder = Directory.CreateTempSubdirectory("newsgraph-parity-");
        try
        {
            List<string> expected;
            await using (var sqlite = new SqliteGraphStore(new SqliteGraphStoreOptions { Path = Path.Combine(folder.FullName, "graph.db") }))
            {
                await SeedImport.ImportAsync(sqlite);
                expected = await GraphDump.OfAsync(sqlite);
            }

            using var neo4j = fixture.CreateStore();
            await Neo4jServerFixture.ClearAsync(neo4j);
            await SeedImport.ImportAsync(neo4j);
            var actual = await GraphDump.OfAsync(neo4j);

            Assert.Contains(expected, line => line.StartsWith("[RELAYED ", StringComparison.Ordinal) && line.Contains("similarity=double:", StringComparison.Ordinal));
            Assert.Equal(expected, actual);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
