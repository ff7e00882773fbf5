using NewsGraph.Storage.Neo4j.Tests.Server;

namespace NewsGraph.App.Tests.Neo4j;

/// <summary>The command tests that share one real Neo4j server (chosen as the Neo4j adapter's tests choose it); they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCommandGroup : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "Neo4j server for the commands";
}
