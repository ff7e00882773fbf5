using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsGraph.Graph;
using NewsGraph.Storage.Sqlite;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the embedded SQLite store.</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SqliteGraphStore"/> as the <see cref="IGraphStore"/> singleton, with
    /// <see cref="SqliteGraphStoreOptions"/> bound from the configuration section <c>Sqlite</c>, then
    /// <paramref name="configure"/>, and validated when the host starts.
    /// </summary>
    public static IServiceCollection AddNewsGraphSqlite(this IServiceCollection services, Action<SqliteGraphStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SqliteGraphStoreOptions>()
            .BindConfiguration(SqliteGraphStoreOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Sqlite:Path must name the database file.")
            .Validate(o => o.BusyTimeout >= TimeSpan.Zero, "Sqlite:BusyTimeout must not be negative.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => new SqliteGraphStore(provider.GetRequiredService<IOptions<SqliteGraphStoreOptions>>().Value));
        services.TryAddSingleton<IGraphStore>(provider => provider.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}
