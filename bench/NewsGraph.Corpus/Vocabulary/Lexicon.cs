using System.Globalization;
using NewsGraph.Corpus.Templates;

namespace NewsGraph.Corpus.Vocabulary;

/// <summary>Everything the generator draws words from, loaded once from the embedded data files.</summary>
/// <param name="Cultures">Naming traditions (Data/names.tsv).</param>
/// <param name="Countries">Countries with a naming tradition and a city of <see cref="MinCityPopulation"/> or more (the extractor's gazetteer).</param>
/// <param name="Topics">Story topics (Data/topics.txt).</param>
/// <param name="Statements">Statement sentences by stance (Data/statements.tsv).</param>
/// <param name="Outlets">National and international outlets (Data/outlets.tsv).</param>
/// <param name="BrandStarts">First syllables of invented company and institute names (Data/brands.tsv).</param>
/// <param name="BrandEnds">Last syllables of invented names.</param>
internal sealed record Lexicon(
    IReadOnlyList<Culture> Cultures,
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<StatementPattern> Statements,
    IReadOnlyList<Outlet> Outlets,
    IReadOnlyList<string> BrandStarts,
    IReadOnlyList<string> BrandEnds)
{
    /// <summary>Cities smaller than this are left out: stories happen where news is reported from.</summary>
    public const int MinCityPopulation = 250_000;

    private static readonly Lazy<Lexicon> Loaded = new(Load);

    public static Lexicon Default => Loaded.Value;

    /// <summary>The patterns of one stance.</summary>
    public IReadOnlyList<StatementPattern> Stance(string stance) => Statements.Where(s => s.Stance == stance).ToList();

    private static Lexicon Load()
    {
        var cultures = DataFiles.Rows("names.tsv")
            .Select(r => new Culture(r[0], r[1] == "eastern", DataFiles.Values(r[2]), DataFiles.Values(r[3]), DataFiles.Values(r[4]), DataFiles.Values(r[5])))
            .ToList();
        var demonyms = DataFiles.Rows("countries.tsv").ToDictionary(r => r[0], r => Country.ChooseDemonym(DataFiles.Values(r[2]), r[0]), StringComparer.Ordinal);
        var cities = DataFiles.Rows("cities.tsv")
            .Select(r => (Name: r[0], Country: r[1], Population: long.Parse(r[2], CultureInfo.InvariantCulture)))
            .Where(c => c.Population >= MinCityPopulation)
            .GroupBy(c => c.Country, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderByDescending(c => c.Population).ThenBy(c => c.Name, StringComparer.Ordinal).Take(6).Select(c => c.Name)], StringComparer.Ordinal);
        var countries = cultures
            .SelectMany(c => c.Countries)
            .Distinct(StringComparer.Ordinal)
            .Where(name => demonyms.ContainsKey(name) && cities.ContainsKey(name))
            .Select(name => new Country(name, demonyms[name], cities[name], [.. cultures.Where(c => c.Countries.Contains(name)).OrderBy(c => c.Countries.ToList().IndexOf(name))]))
            .ToList();
        var outlets = DataFiles.Rows("outlets.tsv")
            .Select(r => new Outlet(r[0], Enum.Parse<OutletStyle>(r[1], ignoreCase: true), r.Length > 2 ? DataFiles.Values(r[2]) : []))
            .ToList();
        var statements = DataFiles.Rows("statements.tsv")
            .Select(r => new StatementPattern(r[0], Template.Parse(r[1]), r.Length > 2 && r[2].Length > 0 ? r[2] : null))
            .ToList();
        var brands = DataFiles.Rows("brands.tsv").Single();
        return new Lexicon(cultures, countries, LoadTopics(), statements, outlets, DataFiles.Values(brands[0]), DataFiles.Values(brands[1]));
    }

    private static List<Topic> LoadTopics()
    {
        var topics = new List<Topic>();
        string? id = null;
        var words = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var templates = new Dictionary<string, List<Template>>(StringComparer.Ordinal);
        void Close()
        {
            if (id is not null)
            {
                topics.Add(new Topic(id, words, templates.GetValueOrDefault("headline") ?? [], templates.GetValueOrDefault("lead") ?? [], templates.GetValueOrDefault("background") ?? []));
            }
        }

        foreach (var line in DataFiles.Lines("topics.txt"))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                Close();
                id = line[1..^1];
                words = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                templates = new Dictionary<string, List<Template>>(StringComparer.Ordinal);
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (id is null || equals < 0)
            {
                throw new FormatException($"topics.txt: expected '[id]' or 'key = value': {line}");
            }

            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (key is "headline" or "lead" or "background")
            {
                if (!templates.TryGetValue(key, out var list))
                {
                    templates[key] = list = [];
                }

                list.Add(Template.Parse(value));
            }
            else
            {
                words[key] = value.Split('|');
            }
        }

        Close();
        return topics;
    }
}
