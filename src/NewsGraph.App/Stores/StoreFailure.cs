using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NewsGraph.Graph;

namespace NewsGraph.App.Stores;

/// <summary>Runs a command's work against the store and turns store failures into one clear line and exit code 1.</summary>
internal static class StoreFailure
{
    public const int ExitCode = 1;

    private static readonly string? BinderAssembly = typeof(ConfigurationBinder).Assembly.GetName().Name;

    public static async Task<int> ReportAsync(TextWriter errors, Func<Task<int>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (GraphStoreException e)
        {
            await errors.WriteLineAsync($"newsgraph: store error: {e.Message}").ConfigureAwait(false);
            return ExitCode;
        }
        catch (OptionsValidationException e)
        {
            await errors.WriteLineAsync($"newsgraph: configuration error: {e.Message}").ConfigureAwait(false);
            return ExitCode;
        }
        catch (InvalidOperationException e) when (e.Source == BinderAssembly)
        {
            // A setting that does not convert to its option's type (NEWSGRAPH__Neo4j__ConnectTimeout=soon).
            await errors.WriteLineAsync($"newsgraph: configuration error: {e.Message}").ConfigureAwait(false);
            return ExitCode;
        }
    }
}
