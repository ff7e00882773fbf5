using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsGraph.Api.Hosting;

namespace NewsGraph.Api.Tests.Infrastructure;

/// <summary>The NewsGraph server on Kestrel, on a free port of 127.0.0.1, built the way <c>newsgraph serve</c> builds it.</summary>
public sealed class ApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>The server's base address.</summary>
    public Uri Address { get; }

    /// <summary>A client of the server, without default headers.</summary>
    public HttpClient Client { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server with the given configuration (<c>Api:ApiKey=…</c>) and extra services.</summary>
    public static async Task<ApiServer> StartAsync(IEnumerable<string>? settings = null, Action<IServiceCollection>? services = null)
    {
        var args = new[] { "--urls=http://127.0.0.1:0" }.Concat((settings ?? []).Select(setting => "--" + setting)).ToArray();
        var app = NewsGraphServer.Create(args, builder =>
        {
            builder.Logging.ClearProviders();
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ApiServer(app, new Uri(address));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
