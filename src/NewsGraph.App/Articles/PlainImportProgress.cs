namespace NewsGraph.App.Articles;

/// <summary>One line per file as each batch completes, for logs and pipes.</summary>
internal sealed class PlainImportProgress(TextWriter output) : IImportProgress
{
    public async Task RunAsync(int total, Func<Action<IReadOnlyList<FileOutcome>>, Task> work)
    {
        var done = 0;
        await work(outcomes =>
        {
            foreach (var outcome in outcomes)
            {
                done++;
                output.WriteLine($"[{done}/{total}] {outcome.Line}");
            }
        }).ConfigureAwait(false);
    }
}
