using Microsoft.Extensions.Logging.Abstractions;
using NewsGraph.Extraction;
using NewsGraph.Graph.Import;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.Import.Tests;

/// <summary>A fresh SQLite file with an importer over it; the clock stands still so graphs can be compared.</summary>
public sealed class ImportFixture : IAsyncDisposable
{
    private static readonly ArticleExtractor Extractor = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("newsgraph-import-").FullName;

    public ImportFixture()
        : this(new SqliteGraphStoreOptions().BusyTimeout)
    {
    }

    public ImportFixture(TimeSpan busyTimeout)
    {
        Store = new SqliteGraphStore(new SqliteGraphStoreOptions { Path = DatabasePath, BusyTimeout = busyTimeout });
        Importer = new ArticleImporter(Store, Extractor, new FixedTime(), NullLogger<ArticleImporter>.Instance);
    }

    public SqliteGraphStore Store { get; }

    public string DatabasePath => Path.Combine(_folder, "graph.db");

    public ArticleImporter Importer { get; }

    public static IReadOnlyList<ArticleInput> Seeds { get; } = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(path => ArticleReader.Read(Path.GetFileName(path), File.ReadAllBytes(path)))
        .ToList();

    public Task<IReadOnlyList<ArticleImportResult>> ImportAsync(params ArticleInput[] articles) => Importer.ImportAsync(articles, CancellationToken.None);

    /// <summary>Every node and edge, as one comparable text.</summary>
    public async Task<string> DumpAsync()
    {
        var lines = new List<string>();
        await foreach (var node in Store.ReadAllNodesAsync(CancellationToken.None))
        {
            lines.Add($"{node.Label} {node.Id} {Format(node.Properties)}");
        }

        await foreach (var edge in Store.ReadAllEdgesAsync(CancellationToken.None))
        {
            lines.Add($"{edge.Type} {edge.From} -> {edge.To} {Format(edge.Properties)}");
        }

        return string.Join('\n', lines);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Importer.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Format(IReadOnlyDictionary<string, object?> properties) =>
        string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Value(p.Value)}"));

    private static string Value(object? value) => value switch
    {
        IEnumerable<string> list when value is not string => "[" + string.Join("|", list) + "]",
        double number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    }
}
