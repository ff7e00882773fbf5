using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsGraph.Api.Hosting;
using NewsGraph.Corpus;
using NewsGraph.Extraction;
using NewsGraph.Graph.Import;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.LoadTest;

/// <summary>
/// The NewsGraph server as <c>newsgraph serve</c> builds it (<see cref="NewsGraphServer.Create"/> over the SQLite
/// store, on a free port of 127.0.0.1), holding the seed articles and optionally generated ones, plus the endpoints
/// that exist only here: <see cref="BaselineEndpoints"/>, the benchmark queries answered without GraphQL.
/// </summary>
public sealed class BenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>
    /// Starts the server on <paramref name="storeFile"/>. A new file is filled with the seeds, then the first
    /// <paramref name="generated"/> articles of the corpus; an existing one is served as it is.
    /// </summary>
    public static async Task<BenchServer> StartAsync(string storeFile, string seeds, int generated, bool logRequests, TextWriter log, CancellationToken cancellationToken)
    {
        var fresh = !File.Exists(storeFile);
        var app = NewsGraphServer.Create(["--urls=http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sqlite:Path"] = storeFile,
                ["Sqlite:MemoryMapSize"] = SqliteGraphStoreOptions.ServingMemoryMapSize.ToString(CultureInfo.InvariantCulture),
            });
            builder.Services.AddNewsGraphSqlite().AddNewsGraphImport();
            if (!logRequests)
            {
                // As a deployment sets Logging:LogLevel: without it ASP.NET Core writes two console lines per request.
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            }
        });
        BaselineEndpoints.Map(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            if (fresh)
            {
                await FillAsync(app.Services, seeds, generated, log, cancellationToken).ConfigureAwait(false);
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new BenchServer(app, new Uri(address));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task FillAsync(IServiceProvider services, string seeds, int generated, TextWriter log, CancellationToken cancellationToken)
    {
        var seeded = await services.GetRequiredService<SeedImport>().ImportIfEmptyAsync(seeds, cancellationToken).ConfigureAwait(false);
        await log.WriteLineAsync($"imported {seeded} seed articles from {seeds}").ConfigureAwait(false);
        var importer = services.GetRequiredService<ArticleImporter>();
        var done = 0;
        foreach (var batch in new CorpusGenerator(seed: 42).Generate(generated).Chunk(500))
        {
            var inputs = batch.Select(a => ArticleReader.FromText(a.FileName, a.Text, ArticleFormat.PlainText, ArticleHints.None)).ToList();
            await importer.ImportAsync(inputs, cancellationToken).ConfigureAwait(false);
            done += inputs.Count;
            await log.WriteLineAsync($"imported {done:N0} generated articles").ConfigureAwait(false);
        }
    }
}
