using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NewsGraph.Api.Tests.Infrastructure;

/// <summary>A web server on 127.0.0.1 that serves one HTML page at <c>/</c>: another origin than the API's.</summary>
public sealed class StaticPageServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticPageServer(WebApplication app, Uri origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>The page's origin, <c>http://127.0.0.1:PORT</c>.</summary>
    public Uri Origin { get; }

    /// <summary>Serves <paramref name="html"/> on <paramref name="port"/>.</summary>
    public static async Task<StaticPageServer> StartAsync(int port, string html)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/", () => TypedResults.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();
        return new StaticPageServer(app, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
