using NewsGraph.Corpus.Vocabulary;

namespace NewsGraph.Corpus.Stories;

/// <summary>
/// The people and organizations of a corpus. The same country and topic always bring back the same ministry,
/// union, company and experts, and the same people in their posts, so speakers recur across stories as they do in
/// the news. Members are made on first use from a stream keyed by their post, and names are kept unique.
/// </summary>
internal sealed class Cast(int seed, Lexicon lexicon)
{
    private static readonly string[] BrandJoins = ["", "", "r", "l", "n", "v", "st", "m"];

    private readonly Dictionary<string, IReadOnlyList<Speaker>> _speakers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _brands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, string Family, bool Female)> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _brandOf = new(StringComparer.Ordinal);

    /// <summary>Everyone who may speak in a story of <paramref name="topic"/> set in <paramref name="country"/>.</summary>
    public IReadOnlyList<Speaker> For(Country country, Topic topic)
    {
        var key = country.Name + "|" + topic.Id;
        if (!_speakers.TryGetValue(key, out var speakers))
        {
            _speakers[key] = speakers = Build(country, topic);
        }

        return speakers;
    }

    /// <summary>A person's name for a post no story quotes (a reporter, an editor), unique like the others.</summary>
    public string Staff(string post, Country? country) => Person(post, country).Name;

    private List<Speaker> Build(Country country, Topic topic)
    {
        var random = Seeds.Derive(seed, "orgs|" + country.Name + "|" + topic.Id);
        string Word(string name) => random.Pick(topic.Alternatives(name));
        var ministryWord = Word("ministry");
        var ministry = "Ministry of " + ministryWord;
        var minister = ministryWord.Split(' ')[0];
        var agency = country.Demonym + " " + Word("agency");
        var union = (random.Chance(0.5) ? "National " : country.Demonym + " ") + Word("union");
        var association = country.Demonym + " " + Word("association");
        var company = Brand(country.Name + "|" + topic.Id + "|company", random) + " " + Word("company");
        var field = Word("field");
        var institute = Brand(country.Name + "|" + topic.Id + "|institute", random) + " Institute";
        var university = "University of " + country.Cities[0];
        var unionTitle = random.Chance(0.5) ? "general secretary" : "president";
        var associationTitle = random.Chance(0.5) ? "chair" : "executive director";
        var analystTitle = random.Pick<string>(["senior economist", "senior analyst", "research director"]);

        Speaker Member(string post, string organization, string appositive, string? preTitle, string stance)
        {
            var person = Person(country.Name + "|" + organization + "|" + post, country);
            return new Speaker(person.Name, false, person.Family, person.Female, organization, appositive, preTitle, stance);
        }

        Speaker Itself(string organization, string stance) => new(organization, true, organization, false, organization, organization, null, stance);

        return
        [
            Member("minister", ministry, $"{country.Possessive} {minister.ToLowerInvariant()} minister", $"{minister} Minister", "official"),
            Member("director general", agency, $"director general of the {agency}", null, "official"),
            Member("spokesperson", agency, $"a spokesperson for the {agency}", $"{agency} spokesperson", "official"),
            Member(unionTitle, union, $"{unionTitle} of the {union}", null, "challenger"),
            Member(associationTitle, association, $"{associationTitle} of the {association}", null, "challenger"),
            Member("chief executive", company, $"chief executive of {company}", $"{company} chief executive", "industry"),
            Member("spokesperson", company, $"a spokesperson for {company}", null, "industry"),
            Member("professor", university, $"a professor of {field} at the {university}", null, "expert"),
            Member(analystTitle, institute, $"{Article(analystTitle)} {analystTitle} at the {institute}", null, "expert"),
            Itself(ministry, "official"),
            Itself(agency, "official"),
            Itself(union, "challenger"),
            Itself(company, "industry"),
        ];
    }

    private (string Name, string Family, bool Female) Person(string post, Country? country)
    {
        if (_people.TryGetValue(post, out var known))
        {
            return known;
        }

        var random = Seeds.Derive(seed, "person|" + post);
        for (var attempt = 0; ; attempt++)
        {
            var culture = country is not null && random.Chance(0.8)
                ? (random.Chance(0.6) ? country.Cultures[0] : random.Pick(country.Cultures))
                : random.Pick(lexicon.Cultures);
            var female = random.Chance(0.5);
            var given = random.Pick(female ? culture.Female : culture.Male);
            var family = culture.FamilyName(random.Pick(culture.Surnames), female);
            var name = culture.FamilyNameFirst ? family + " " + given : given + " " + family;
            if (_names.Add(name) || attempt >= 50)
            {
                return _people[post] = (name, family, female);
            }
        }
    }

    private string Brand(string key, Random random)
    {
        if (_brandOf.TryGetValue(key, out var known))
        {
            return known;
        }

        for (var attempt = 0; ; attempt++)
        {
            var brand = random.Pick(lexicon.BrandStarts) + random.Pick(BrandJoins) + random.Pick(lexicon.BrandEnds);
            if (_brands.Add(brand) || attempt >= 50)
            {
                return _brandOf[key] = brand;
            }
        }
    }

    private static string Article(string noun) => "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";
}
