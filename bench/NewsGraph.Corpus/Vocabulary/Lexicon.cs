using System.Globalization;
using NewsGraph.Corpus.Templates;

namespace NewsGraph.Corpus.Vocabulary;

/// <summary>Everything the generator draws words from, loaded once from the embedded data files.</summary>
internal sealed class Lexicon
{
    /// <summary>Cities smaller than this are left out: stories happen where news is reported from.</summary>
    public const int MinCityPopulation = 250_000;

    private static readonly Lazy<Lexicon> Loaded = new(Load);

    private Lexicon(
        IReadOnlyList<Culture> cultures,
        IReadOnlyList<Country> countries,
        IReadOnlyList<Topic> topics,
        IReadOnlyList<StatementPattern> statements,
        IReadOnlyList<Outlet> outlets,
        IReadOnlyList<string> brandStarts,
        IReadOnlyList<string> brandEnds)
    {
        Cultures = cultures;
        Countries = countries;
        Topics = topics;
        Statements = statements;
        Outlets = outlets;
        BrandStarts = brandStarts;
        BrandEnds = brandEnds;
    }

    public static Lexicon Default => Loaded.Value;

    public IReadOnlyList<Culture> Cultures { get; }

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<StatementPattern> Statements { get; }

    public IReadOnlyList<Outlet> Outlets { get; }

    public IReadOnlyList<string> BrandStarts { get; }

    public IReadOnlyList<string> BrandEnds { get; }

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
