using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsGraph.Graph;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.Storage.Tests.Sqlite;

public sealed class SqliteServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddNewsGraphSqlite_registers_one_store_bound_from_the_Sqlite_section()
    {
        await using var provider = Provider(new() { ["Sqlite:Path"] = "from-config.db", ["Sqlite:BusyTimeout"] = "00:00:09" });

        var store = provider.GetRequiredService<IGraphStore>();
        var options = provider.GetRequiredService<IOptions<SqliteGraphStoreOptions>>().Value;

        Assert.IsType<SqliteGraphStore>(store);
        Assert.Same(store, provider.GetRequiredService<IGraphStore>());
        Assert.Same(store, provider.GetRequiredService<SqliteGraphStore>());
        Assert.Equal("from-config.db", options.Path);
        Assert.Equal(TimeSpan.FromSeconds(9), options.BusyTimeout);
    }

    [Fact]
    public async Task AddNewsGraphSqlite_lets_code_override_configuration()
    {
        await using var provider = Provider(new() { ["Sqlite:Path"] = "from-config.db" }, o => o.Path = "from-code.db");

        Assert.Equal("from-code.db", provider.GetRequiredService<IOptions<SqliteGraphStoreOptions>>().Value.Path);
    }

    [Fact]
    public async Task AddNewsGraphSqlite_without_configuration_uses_the_defaults()
    {
        await using var provider = Provider([]);

        var options = provider.GetRequiredService<IOptions<SqliteGraphStoreOptions>>().Value;

        Assert.Equal(Path.Combine("data", "newsgraph.db"), options.Path);
        Assert.Equal(TimeSpan.FromSeconds(5), options.BusyTimeout);
    }

    [Theory]
    [InlineData("Sqlite:Path", " ")]
    [InlineData("Sqlite:BusyTimeout", "-00:00:01")]
    public async Task AddNewsGraphSqlite_refuses_invalid_options(string key, string value)
    {
        await using var provider = Provider(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SqliteGraphStoreOptions>>().Value);

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings, Action<SqliteGraphStoreOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddNewsGraphSqlite(configure);
        return services.BuildServiceProvider();
    }
}
