using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsGraph.Extraction;
using NewsGraph.Graph;
using NewsGraph.Graph.Import;

namespace NewsGraph.Storage.Neo4j.Tests.Seeds;

/// <summary>The seed articles of <c>seeds/</c>, imported into a store by the real import pipeline under a clock that stands still.</summary>
public static class SeedImport
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<ArticleInput> Articles { get; } = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(path => ArticleReader.Read(Path.GetFileName(path), File.ReadAllBytes(path)))
        .ToList();

    /// <summary>Imports every seed into <paramref name="store"/> through <c>AddNewsGraphImport</c>.</summary>
    public static async Task ImportAsync(IGraphStore store)
    {
        var services = new ServiceCollection()
            .AddSingleton(store)
            .AddSingleton<TimeProvider>(new FixedTime())
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddNewsGraphImport();
        await using var provider = services.BuildServiceProvider();
        var results = await provider.GetRequiredService<ArticleImporter>().ImportAsync(Articles, CancellationToken.None);
        Assert.Equal(Articles.Count, results.Count);
    }

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
