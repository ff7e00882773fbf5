using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j.Tests.Unit;

/// <summary><c>schema/neo4j.cypher</c> documents exactly the DDL the store runs.</summary>
public sealed class SchemaFileTests
{
    [Fact]
    public void The_schema_file_holds_the_DDL_of_both_dialects()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "schema", "neo4j.cypher"));

        var current = lines.Where(line => line.StartsWith("CREATE ", StringComparison.Ordinal)).Select(line => line.TrimEnd(';'));
        var legacy = lines.Where(line => line.StartsWith("// CREATE ", StringComparison.Ordinal)).Select(line => line[3..].TrimEnd(';'));

        Assert.Equal(SchemaStatements.Current, current);
        Assert.Equal(SchemaStatements.Legacy, legacy);
    }

    [Theory]
    [InlineData("3.1.1", false)]
    [InlineData("4.3.9", false)]
    [InlineData("4.4.0", true)]
    [InlineData("5.26.0", true)]
    public void The_DDL_fits_the_version(string version, bool current) =>
        Assert.Same(current ? SchemaStatements.Current : SchemaStatements.Legacy, SchemaStatements.For(Version.Parse(version)));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "NewsGraph.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("NewsGraph.sln not found");
        }

        return directory.FullName;
    }
}
