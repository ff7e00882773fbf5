using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Tests.Unit;

public sealed class ServiceCollectionTests
{
    [Fact]
    public void AddNewsGraphNeo4j_binds_the_Neo4j_section_and_registers_one_store()
    {
        using var provider = Provider(new Dictionary<string, string?>
        {
            ["Neo4j:Url"] = "http://graph.test:7474",
            ["Neo4j:User"] = "reader",
            ["Neo4j:Database"] = "news",
            ["Neo4j:RequestTimeout"] = "00:00:05",
            ["Neo4j:BatchSize"] = "250",
        });

        var options = provider.GetRequiredService<IOptions<Neo4jGraphStoreOptions>>().Value;

        Assert.Equal((new Uri("http://graph.test:7474"), "reader", "news", TimeSpan.FromSeconds(5), 250),
            (options.Url, options.User, options.Database, options.RequestTimeout, options.BatchSize));
        Assert.Same(provider.GetRequiredService<Neo4jGraphStore>(), provider.GetRequiredService<IGraphStore>());
        Assert.Single(provider.GetServices<IHostedService>());
    }

    [Theory]
    [InlineData("Neo4j:Url", "ftp://graph.test")]
    [InlineData("Neo4j:BatchSize", "0")]
    [InlineData("Neo4j:RequestTimeout", "00:00:00")]
    [InlineData("Neo4j:Database", "")]
    public void Invalid_options_are_refused_naming_the_setting(string key, string value)
    {
        using var provider = Provider(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jGraphStoreOptions>>().Value);

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddNewsGraphNeo4j()
            .BuildServiceProvider();
}
