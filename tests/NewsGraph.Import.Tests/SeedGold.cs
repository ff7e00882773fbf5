using System.Text.Json;
using NewsGraph.Graph;
using NewsGraph.Graph.Linking;

namespace NewsGraph.Import.Tests;

/// <summary>The articles and shared statements of the seed gold file (tests/data/seeds-gold.json).</summary>
public sealed record SeedGold(IReadOnlyList<GoldArticle> Articles, IReadOnlyList<SharedStatement> SharedStatements)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static SeedGold Load() =>
        JsonSerializer.Deserialize<SeedGold>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "gold.json")), Options)!;

    /// <summary>The claim of the gold statement's speaker whose text is closest to the gold wording.</summary>
    public static async Task<GraphNode> FindClaimAsync(IGraphStore store, SharedStatement gold)
    {
        var stated = await store.GetEdgesAsync([NodeIds.Person(gold.Speaker)], EdgeDirection.Outgoing, [EdgeTypes.Stated], CancellationToken.None);
        var claims = await store.GetNodesAsync(stated.Select(e => e.To).ToList(), CancellationToken.None);
        var goldWords = Wording.Words(gold.Canonical);
        return claims.MaxBy(c => Wording.Jaccard(Wording.Words(c.GetString("text")!), goldWords))!;
    }
}

public sealed record SharedStatement(string Speaker, string Canonical, IReadOnlyList<string> Articles);

public sealed record GoldArticle(string File, string? Outlet);
