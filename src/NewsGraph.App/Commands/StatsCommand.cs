using System.CommandLine;
using NewsGraph.App.Stores;

namespace NewsGraph.App.Commands;

/// <summary><c>newsgraph stats</c>: how many nodes of each label and relationships of each type the store holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var store = new StoreArguments();
        var command = new Command("stats", "Count the nodes and relationships of the graph.");
        store.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(store.ToConfiguration(result), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(IReadOnlyDictionary<string, string?> storeSettings, TextWriter output, TextWriter errors, CancellationToken cancellationToken) =>
        StoreFailure.ReportAsync(errors, async () =>
        {
            await using var services = await CommandServices.StartAsync(storeSettings, cancellationToken).ConfigureAwait(false);
            var counts = await services.Store.CountAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync("nodes").ConfigureAwait(false);
            foreach (var (label, count) in counts.Nodes)
            {
                await output.WriteLineAsync($"  {label,-18}{count,10:N0}").ConfigureAwait(false);
            }

            await output.WriteLineAsync("relationships").ConfigureAwait(false);
            foreach (var (type, count) in counts.Edges)
            {
                await output.WriteLineAsync($"  {type,-18}{count,10:N0}").ConfigureAwait(false);
            }

            return 0;
        });
}
