using System.Text;
using System.Text.Json;

namespace NewsGraph.Api.Tests.Infrastructure;

/// <summary>The hand annotations of the seed articles (<c>tests/data/seeds-gold.json</c>), and a plain word comparison.</summary>
public static class SeedGold
{
    private static readonly JsonElement Root =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "seeds-gold.json"))).RootElement;

    /// <summary>The statements several seed articles relay, with their relaying article files in ordinal order.</summary>
    public static IReadOnlyList<GoldStatement> SharedStatements { get; } =
    [
        .. Root.GetProperty("shared_statements").EnumerateArray().Select(s => new GoldStatement(
            s.GetProperty("speaker").GetString()!,
            s.GetProperty("canonical").GetString()!,
            [.. s.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).Order(StringComparer.Ordinal)])),
    ];

    /// <summary>The outlet the gold file gives the article, or null where the text does not show one.</summary>
    public static string? OutletOf(string file) => Article(file).GetProperty("outlet").GetString();

    /// <summary>The article files whose gold lists both name <paramref name="person"/> and <paramref name="organization"/>.</summary>
    public static IReadOnlyList<string> ArticlesNaming(string person, string organization) =>
    [
        .. Root.GetProperty("articles").EnumerateArray()
            .Where(a => Names(a, "people").Contains(person) && Names(a, "organizations").Contains(organization))
            .Select(a => a.GetProperty("file").GetString()!),
    ];

    /// <summary>Whether the two texts have the same words, case, punctuation and apostrophe style aside.</summary>
    public static bool SameWords(string a, string b) => Words(a).SequenceEqual(Words(b));

    /// <summary>Whether the words of <paramref name="part"/> occur in a row among those of <paramref name="whole"/>.</summary>
    public static bool IsRunOf(string part, string whole)
    {
        var p = Words(part);
        var w = Words(whole);
        return p.Count > 0 && p.Count <= w.Count && Enumerable.Range(0, w.Count - p.Count + 1).Any(start => w.Skip(start).Take(p.Count).SequenceEqual(p));
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c) || (c is '\'' or '\u2019' && word.Length > 0))
            {
                word.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString().TrimEnd('\''));
                word.Clear();
            }
        }

        return words;
    }

    private static JsonElement Article(string file) =>
        Root.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("file").GetString() == file);

    private static string[] Names(JsonElement article, string kind) =>
        [.. article.GetProperty(kind).EnumerateArray().Select(n => n.GetString()!)];
}

/// <summary>A statement of the gold file: its speaker, canonical wording and the articles that relay it.</summary>
public sealed record GoldStatement(string Speaker, string Canonical, IReadOnlyList<string> Articles);
