using System.Text.Json;

namespace NewsGraph.Import.Tests;

/// <summary>The articles and shared statements of the seed gold file (tests/data/seeds-gold.json).</summary>
public sealed record SeedGold(IReadOnlyList<GoldArticle> Articles, IReadOnlyList<SharedStatement> SharedStatements)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static SeedGold Load() =>
        JsonSerializer.Deserialize<SeedGold>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "gold.json")), Options)!;
}

public sealed record SharedStatement(string Speaker, string Canonical, IReadOnlyList<string> Articles);

public sealed record GoldArticle(string File, string? Outlet);
