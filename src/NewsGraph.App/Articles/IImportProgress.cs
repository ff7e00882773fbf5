namespace NewsGraph.App.Articles;

/// <summary>Shows an import's progress: a bar on a terminal, plain lines when the output is redirected.</summary>
internal interface IImportProgress
{
    Task RunAsync(int total, Func<Action<IReadOnlyList<FileOutcome>>, Task> work);
}
