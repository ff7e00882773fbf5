using System.Globalization;
using NewsGraph.Corpus.Vocabulary;

namespace NewsGraph.Corpus.Stories;

/// <summary>One news event: where and when, who speaks, what they say. Several outlets tell it.</summary>
internal sealed class Story
{
    private readonly Dictionary<string, string> _words;

    public Story(string id, Topic topic, Country country, string city, DateOnly date, IReadOnlyDictionary<string, string> topicWords)
    {
        Id = id;
        Topic = topic;
        Country = country;
        City = city;
        Date = date;
        _words = new Dictionary<string, string>(topicWords, StringComparer.Ordinal)
        {
            ["city"] = city,
            ["country"] = country.InText,
            ["demonym"] = country.Demonym,
            ["weekday"] = date.DayOfWeek.ToString(),
            ["month"] = date.AddMonths(1).ToString("MMMM", CultureInfo.InvariantCulture),
        };
    }

    public string Id { get; }

    public Topic Topic { get; }

    public Country Country { get; }

    public string City { get; }

    public DateOnly Date { get; }

    public List<Statement> Statements { get; } = [];

    /// <summary>A word the templates ask for, by lower-case name.</summary>
    public string Word(string name) =>
        _words.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"story {Id} ({Topic.Id}) has no word '{name}'");
}
