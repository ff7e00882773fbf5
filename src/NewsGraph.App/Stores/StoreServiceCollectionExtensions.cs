using Microsoft.Extensions.Configuration;
using NewsGraph.App.Stores;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the store the configuration picks.</summary>
internal static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers Neo4j when <c>Store</c> is <c>neo4j</c>, else the embedded SQLite store, whose file defaults to
    /// <c>newsgraph/newsgraph.db</c> in the user's data folder.
    /// </summary>
    public static IServiceCollection AddNewsGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var kind = configuration[StoreKinds.Key] ?? StoreKinds.Sqlite;
        if (string.Equals(kind, StoreKinds.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            return services.AddNewsGraphNeo4j();
        }

        if (!string.Equals(kind, StoreKinds.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Store must be '{StoreKinds.Sqlite}' or '{StoreKinds.Neo4j}', not '{kind}'.");
        }

        return services.AddNewsGraphSqlite(options =>
        {
            if (string.IsNullOrEmpty(configuration["Sqlite:Path"]))
            {
                options.Path = DefaultSqlitePath();
            }
        });
    }

    private static string DefaultSqlitePath() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "newsgraph", "newsgraph.db");
}
