namespace NewsGraph.Storage.Neo4j.Tests.Server;

/// <summary>The tests that share the one server; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jServerGroup : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "Neo4j server";
}
