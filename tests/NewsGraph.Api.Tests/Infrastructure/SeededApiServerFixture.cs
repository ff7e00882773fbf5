using Microsoft.Extensions.DependencyInjection;
using NewsGraph.Api.Hosting;

namespace NewsGraph.Api.Tests.Infrastructure;

/// <summary>
/// One server for a test class over a fresh SQLite store holding the seed articles, as <c>newsgraph serve</c> starts
/// on an empty store, with <see cref="ApiServerFixture.Origin"/> and <see cref="AllowedOrigin"/> on the CORS list.
/// </summary>
public sealed class SeededApiServerFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsgraph-api-").FullName;

    /// <summary>A second CORS origin, on 127.0.0.1 like the test pages the browser tests serve; its port is reserved here.</summary>
    public string AllowedOrigin { get; } = $"http://127.0.0.1:{FreePort.Next()}";

    /// <summary>The server.</summary>
    public ApiServer Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Server = await ApiServer.StartAsync(
            [$"Api:ApiKey={ApiServerFixture.ApiKey}", $"Api:CorsOrigins:0={ApiServerFixture.Origin}", $"Api:CorsOrigins:1={AllowedOrigin}"],
            services => services.AddNewsGraphSqlite(options => options.Path = Path.Combine(_folder, "graph.db")).AddNewsGraphImport());
        var imported = await Server.Services.GetRequiredService<SeedImport>()
            .ImportIfEmptyAsync(Path.Combine(NodeScript.RepositoryRoot, "seeds"), CancellationToken.None);
        Assert.Equal(5, imported);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
