namespace NewsGraph.App.Tests.Support;

/// <summary>A test class whose tests each get a fresh <see cref="TempFolder"/> (xunit makes an instance per test).</summary>
public abstract class TempFolderTests : IDisposable
{
    internal TempFolder Folder { get; } = new();

    /// <summary>Writes the four <see cref="SampleArticles"/>: ap.txt, reuters.txt, quay.md and master.html.</summary>
    protected void WriteSamples()
    {
        Folder.Write("ap.txt", SampleArticles.HarbourAp);
        Folder.Write("reuters.txt", SampleArticles.HarbourReuters);
        Folder.Write("quay.md", SampleArticles.QuayMarkdown);
        Folder.Write("master.html", SampleArticles.HarbourMasterHtml);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Folder.Dispose();
        }
    }
}
