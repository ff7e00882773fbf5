namespace NewsGraph.App.Tests.Neo4j;

/// <summary>How the tests run each command that uses the store, before the options that pick the store.</summary>
internal static class StoreCommandLine
{
    /// <summary>The seed articles, copied beside the tests.</summary>
    public static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "Seeds");

    /// <summary><c>import</c> of the seeds, <c>export</c> as JSON lines, <c>serve</c> on a free port, or the bare command.</summary>
    public static string[] For(string command) => command switch
    {
        "import" => ["import", Seeds],
        "export" => ["export", "--format", "jsonl"],
        "serve" => ["serve", "--urls", "http://127.0.0.1:0", "--seeds", Seeds],
        _ => [command],
    };
}
