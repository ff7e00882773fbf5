using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsGraph.Api.Hosting;
using NewsGraph.Graph;

namespace NewsGraph.App.Stores;

/// <summary>
/// The services a command that uses the store runs with: configuration (appsettings.json beside the executable,
/// <c>NEWSGRAPH__</c> variables, then the command's options), warnings logged to stderr, the chosen store, started
/// (a Neo4j store connects and applies its schema), and the importer.
/// </summary>
internal sealed class CommandServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly List<IHostedService> _started = [];

    private CommandServices(ServiceProvider provider)
    {
        _provider = provider;
    }

    public IServiceProvider Services => _provider;

    public IGraphStore Store => _provider.GetRequiredService<IGraphStore>();

    public static async Task<CommandServices> StartAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables(NewsGraphServer.EnvironmentPrefix)
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning))
            .AddNewsGraphStore(configuration)
            .AddNewsGraphImport();
        var host = new CommandServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
        try
        {
            foreach (var hosted in host._provider.GetServices<IHostedService>())
            {
                await hosted.StartAsync(cancellationToken).ConfigureAwait(false);
                host._started.Add(hosted);
            }
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in Enumerable.Reverse(_started))
        {
            await hosted.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await _provider.DisposeAsync().ConfigureAwait(false);
    }
}
