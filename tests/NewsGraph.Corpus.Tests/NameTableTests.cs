using System.Text.Json;
using NewsGraph.Corpus.Vocabulary;

namespace NewsGraph.Corpus.Tests;

/// <summary>The generator's names are its own: none is taken from the seed articles or the hand-written test articles.</summary>
public sealed class NameTableTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void No_name_part_is_taken_from_the_people_of_the_test_articles()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "tests", "NewsGraph.Extraction.Tests", "Articles", "gold.json")));
        var taken = gold.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("people").EnumerateArray())
            .SelectMany(p => p.GetString()!.Split(' ', '-'))
            .Where(IsName)
            .ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(NameParts(), taken.Contains);
    }

    [Fact]
    public void No_generated_person_is_named_in_the_seed_articles()
    {
        var seeds = string.Join('\n', Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt").Select(File.ReadAllText));
        var speakers = new CorpusGenerator(42).Generate(500).SelectMany(a => a.Quotes).Where(q => !q.SpeakerIsOrganization).Select(q => q.Speaker).ToHashSet();

        Assert.True(speakers.Count > 100);
        Assert.DoesNotContain(speakers, name => seeds.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void Names_come_from_many_cultures()
    {
        var lexicon = Lexicon.Default;
        var speakers = new CorpusGenerator(42).Generate(500).SelectMany(a => a.Quotes).Where(q => !q.SpeakerIsOrganization).Select(q => q.Speaker).ToHashSet();
        var cultures = lexicon.Cultures.Count(c => speakers.Any(s => c.Surnames.Any(n => s.Contains(n, StringComparison.Ordinal))));

        Assert.True(lexicon.Cultures.Count >= 25);
        Assert.True(cultures >= 20, $"{cultures} cultures among {speakers.Count} speakers");
    }

    private static IEnumerable<string> NameParts() =>
        Lexicon.Default.Cultures.SelectMany(c => c.Male.Concat(c.Female).Concat(c.Surnames)).SelectMany(n => n.Split(' ', '-')).Where(IsName);

    /// <summary>A name rather than a particle ("al", "van", "de") or the second syllable of a Korean given name.</summary>
    private static bool IsName(string part) => part.Length > 2 && char.IsUpper(part[0]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
