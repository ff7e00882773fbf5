using System.Text.Json;

namespace NewsGraph.Extraction.Tests.Gold;

/// <summary>A gold annotation file in the shape the project's scorer reads.</summary>
public sealed record GoldFile(IReadOnlyList<GoldArticle> Articles)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static GoldFile Load(string path) =>
        JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(path), Options) ?? throw new InvalidDataException(path);
}

public sealed record GoldArticle(
    string File,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<string> Places,
    IReadOnlyList<GoldQuote> Quotes);

public sealed record GoldQuote(string? Speaker, string Text);
