namespace NewsGraph.App.Tests.Neo4j;

/// <summary>How the tests run each command that uses the store, before the options that pick the store.</summary>
internal static class StoreCommandLine
{
    /// <summary>The seed articles, copied beside the tests.</summary>
    public static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "Seeds");

    /// <summary><c>import</c> of the seeds, <c>export</c> as JSON lines, or the bare command.</summary>
    public static string[] For(string command) => command switch
    {
        "import" => ["import", Seeds],
        "export" => ["export", "--format", "jsonl"],
        _ => [command],
    };
}
