using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.DependencyInjection;

namespace NewsGraph.Api.Hosting;

/// <summary>Builds the NewsGraph web server: the API over whatever store the caller registers.</summary>
public static class NewsGraphServer
{
    /// <summary>Where the server listens unless <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The prefix of NewsGraph's environment variables (<c>NEWSGRAPH__API__APIKEY</c> sets <c>Api:ApiKey</c>).</summary>
    public const string EnvironmentPrefix = "NEWSGRAPH__";

    /// <summary>
    /// Builds the application from <paramref name="args"/> (ASP.NET Core's command line: <c>--urls</c>,
    /// <c>--Api:ApiKey=…</c>) and configuration; <paramref name="configure"/> registers the store and the importer.
    /// </summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = WebApplication.CreateBuilder(args);
        AddEnvironmentVariables(builder.Configuration);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddNewsGraphApi();
        configure(builder);
        var app = builder.Build();
        app.MapNewsGraph();
        return app;
    }

    /// <summary>Adds <c>NEWSGRAPH__</c> variables below the command line, so that the command line still wins.</summary>
    private static void AddEnvironmentVariables(ConfigurationManager configuration)
    {
        var sources = ((IConfigurationBuilder)configuration).Sources;
        var commandLine = sources.ToList().FindIndex(source => source is CommandLineConfigurationSource);
        var source = new EnvironmentVariablesConfigurationSource { Prefix = EnvironmentPrefix };
        sources.Insert(commandLine < 0 ? sources.Count : commandLine, source);
    }
}
