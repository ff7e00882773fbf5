using Spectre.Console;

namespace NewsGraph.App.Articles;

/// <summary>A Spectre.Console progress bar, then a line per file (failures always, every file for small imports).</summary>
internal sealed class TerminalImportProgress(IAnsiConsole console) : IImportProgress
{
    private const int ListEveryFileUpTo = 100;

    public async Task RunAsync(int total, Func<Action<IReadOnlyList<FileOutcome>>, Task> work)
    {
        var outcomes = new List<FileOutcome>();
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Importing articles", maxValue: total);
                await work(batch =>
                {
                    outcomes.AddRange(batch);
                    task.Increment(batch.Count);
                }).ConfigureAwait(false);
            }).ConfigureAwait(false);

        foreach (var outcome in outcomes.Where(o => total <= ListEveryFileUpTo || o.Error is not null))
        {
            console.MarkupLineInterpolated($"{(outcome.Error is null ? "[green]" : "[red]")}{outcome.Line}[/]");
        }
    }
}
