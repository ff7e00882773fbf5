using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NewsGraph.App.Tests.Support;
using NewsGraph.Corpus;
using NewsGraph.Graph;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.App.Tests;

/// <summary>
/// An import killed with SIGKILL part-way leaves a sound store: no corruption, only whole batches (never half an
/// article), and importing again finishes with exactly the graph of an import that was never interrupted.
/// </summary>
public sealed class CrashSafetyTests : TempFolderTests
{
    private const int Articles = 2000;
    private const int BatchSize = 100;

    [Fact]
    public async Task An_import_killed_midway_leaves_whole_batches_and_resumes_to_the_same_graph()
    {
        var corpus = Folder.PathOf("corpus");
        CorpusWriter.Write(new CorpusGenerator(seed: 11).Generate(Articles), corpus);
        var crashed = Folder.PathOf("crashed.db");

        var imported = await ImportUntilKilledAsync(corpus, crashed, killAfter: 4 * BatchSize);

        Assert.Equal("ok", await IntegrityAsync(crashed));
        var partial = await CountsAsync(crashed);
        Assert.InRange(partial.Nodes["Article"], imported, Articles - 1);
        Assert.Equal(0, partial.Nodes["Article"] % BatchSize);
        await AssertEveryArticleIsWholeAsync(crashed);

        var resumed = await Cli.RunAsync("import", corpus, "--store", "sqlite:" + crashed, "--batch-size", $"{BatchSize}");
        var clean = await Cli.RunAsync("import", corpus, "--store", "sqlite:" + Folder.PathOf("clean.db"), "--batch-size", $"{BatchSize}");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(0, clean.ExitCode);
        var after = await CountsAsync(crashed);
        var expected = await CountsAsync(Folder.PathOf("clean.db"));
        Assert.Equal(expected.Nodes, after.Nodes);
        Assert.Equal(expected.Edges, after.Edges);
    }

    /// <summary>Runs the import and kills it (SIGKILL) once it has reported <paramref name="killAfter"/> files; returns how many it had reported.</summary>
    private static async Task<int> ImportUntilKilledAsync(string corpus, string store, int killAfter)
    {
        using var process = Process.Start(Cli.StartInfo("import", corpus, "--store", "sqlite:" + store, "--batch-size", $"{BatchSize}"))!;
        var reported = 0;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith('[') && ++reported >= killAfter)
            {
                process.Kill();
                break;
            }
        }

        await process.WaitForExitAsync();
        Assert.True(reported >= killAfter, "the import finished before it could be killed");
        Assert.NotEqual(0, process.ExitCode);
        return reported;
    }

    private static async Task<string> IntegrityAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<GraphCounts> CountsAsync(string path)
    {
        await using var store = new SqliteGraphStore(new SqliteGraphStoreOptions { Path = path });
        return await store.CountAsync(CancellationToken.None);
    }

    /// <summary>Every article stored carries its evidence: mentions of what it names, and a relay of each claim it quotes.</summary>
    private static async Task AssertEveryArticleIsWholeAsync(string path)
    {
        await using var store = new SqliteGraphStore(new SqliteGraphStoreOptions { Path = path });
        var articles = new List<GraphNode>();
        await foreach (var node in store.ReadAllNodesAsync(CancellationToken.None))
        {
            if (node.Label == NodeLabels.Article)
            {
                articles.Add(node);
            }
        }

        var edges = await store.GetEdgesAsync(articles.Select(a => a.Id).ToList(), EdgeDirection.Outgoing, null, CancellationToken.None);
        Assert.All(articles, article =>
        {
            Assert.Contains(edges, e => e.From == article.Id && e.Type == EdgeTypes.Mentions);
            Assert.Contains(edges, e => e.From == article.Id && e.Type == EdgeTypes.Relayed);
        });
    }
}
