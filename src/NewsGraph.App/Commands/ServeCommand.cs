using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsGraph.Api.Hosting;
using NewsGraph.App.Stores;
using NewsGraph.Graph;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.App.Commands;

/// <summary>
/// <c>newsgraph serve</c>: imports the seed articles when the store is empty, then serves the GraphQL API and the
/// Banana Cake Pop IDE on http://127.0.0.1:5080. ASP.NET Core's own options (<c>--urls</c>,
/// <c>--Api:ApiKey=…</c>) pass through.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var seeds = new Option<DirectoryInfo>("--seeds") { Description = "Folder of articles imported when the store is empty.", DefaultValueFactory = _ => new DirectoryInfo("seeds") };
        var store = new StoreArguments();
        var command = new Command("serve", "Serve the GraphQL API and the Banana Cake Pop IDE (imports the seed articles into an empty store first).")
        {
            seeds,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        store.AddTo(command);
        command.SetAction((result, cancellationToken) =>
            RunAsync([.. result.UnmatchedTokens], result.GetValue(seeds)!, store.ToConfiguration(result), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string[] aspNetArguments, DirectoryInfo seeds, IReadOnlyDictionary<string, string?> storeSettings, CancellationToken cancellationToken)
    {
        await using var app = NewsGraphServer.Create(aspNetArguments, builder =>
        {
            AddShippedDefaults(builder.Configuration);
            builder.Configuration.AddInMemoryCollection(storeSettings);
            builder.Services.AddNewsGraphStore(builder.Configuration).AddNewsGraphImport();
        });
        return await StoreFailure.ReportAsync(Console.Error, async () =>
        {
            // Asked before the host starts, so that a store which is down or refuses the credentials is one line on
            // stderr rather than the host's start-up failure logged with its stack trace.
            await app.Services.GetRequiredService<IGraphStore>().CheckHealthAsync(cancellationToken).ConfigureAwait(false);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var imported = await app.Services.GetRequiredService<SeedImport>().ImportIfEmptyAsync(seeds.FullName, cancellationToken).ConfigureAwait(false);
            if (imported > 0)
            {
                Console.WriteLine($"Imported {imported} seed articles from {seeds.FullName}");
            }

            foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            {
                Console.WriteLine($"NewsGraph is serving GraphQL at {address}/graphql — open it in a browser for the Banana Cake Pop IDE");
            }

            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// The appsettings.json shipped beside the executable (it turns down ASP.NET Core's per-request logs) and a server's
    /// own defaults (read connections map the SQLite file), below every other source: an appsettings.json in the working
    /// folder, <c>NEWSGRAPH__</c> variables and the command line win.
    /// </summary>
    private static void AddShippedDefaults(ConfigurationManager configuration)
    {
        var shipped = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Optional = true };
        shipped.ResolveFileProvider();
        var serving = new MemoryConfigurationSource
        {
            InitialData = [new($"{SqliteGraphStoreOptions.SectionName}:{nameof(SqliteGraphStoreOptions.MemoryMapSize)}", SqliteGraphStoreOptions.ServingMemoryMapSize.ToString(CultureInfo.InvariantCulture))],
        };
        ((IConfigurationBuilder)configuration).Sources.Insert(0, shipped);
        ((IConfigurationBuilder)configuration).Sources.Insert(0, serving);
    }
}
