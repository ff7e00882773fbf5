namespace NewsGraph.App.Stores;

/// <summary>The configuration key <c>Store</c> and its values.</summary>
internal static class StoreKinds
{
    public const string Key = "Store";
    public const string Sqlite = "sqlite";
    public const string Neo4j = "neo4j";
}
