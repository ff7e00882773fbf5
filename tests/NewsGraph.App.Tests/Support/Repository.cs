namespace NewsGraph.App.Tests.Support;

/// <summary>The checkout the tests were built from.</summary>
internal static class Repository
{
    /// <summary>The folder that holds NewsGraph.sln, above the tests' build output.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of <paramref name="relativePath"/> (with <c>/</c> separators) in the checkout.</summary>
    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NewsGraph.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("NewsGraph.sln above " + AppContext.BaseDirectory);
    }
}
