using System.Globalization;
using NewsGraph.Corpus.Vocabulary;

namespace NewsGraph.Corpus.Stories;

/// <summary>Draws a story: topic, country, city, date, the speakers and their statements.</summary>
internal sealed class StoryBuilder(int seed, Lexicon lexicon, Cast cast)
{
    private static readonly DateOnly FirstDay = new(2024, 1, 1);

    public Story Build(int index)
    {
        var random = Seeds.Derive(seed, "story|" + index.ToString(CultureInfo.InvariantCulture));
        var topic = random.Pick(lexicon.Topics);
        var country = random.Pick(lexicon.Countries);
        var city = random.Chance(0.6) ? country.Cities[0] : random.Pick(country.Cities);
        var date = FirstDay.AddDays(random.Next(0, 730));
        var words = Topic.StoryWords.ToDictionary(w => w, w => random.Pick(topic.Alternatives(w)), StringComparer.Ordinal);
        var story = new Story("s" + index.ToString("D6", CultureInfo.InvariantCulture), topic, country, city, date, words);

        var members = cast.For(country, topic);
        var people = members.Where(m => !m.IsOrganization).ToList();
        var speakers = new List<(Speaker Speaker, int Statements)>
        {
            (random.Pick(people.Where(p => p.Stance == "official").ToList()), random.Next(1, 3)),
            (random.Pick(people.Where(p => p.Stance == "challenger").ToList()), random.Next(1, 3)),
        };
        if (random.Chance(0.7))
        {
            speakers.Add((random.Pick(people.Where(p => p.Stance == "industry").ToList()), 1));
        }

        if (random.Chance(0.6))
        {
            speakers.Add((random.Pick(people.Where(p => p.Stance == "expert").ToList()), 1));
        }

        if (random.Chance(0.25))
        {
            speakers.Add((random.Pick(members.Where(m => m.IsOrganization).ToList()), 1));
        }

        if (random.Chance(0.5))
        {
            (speakers[0], speakers[1]) = (speakers[1], speakers[0]);
        }

        var used = new HashSet<StatementPattern>();
        var follow = lexicon.Stance("follow");
        foreach (var (speaker, count) in speakers)
        {
            var patterns = lexicon.Stance(speaker.Stance);
            for (var i = 0; i < count; i++)
            {
                var main = Fresh(random, patterns, used);
                var sentences = random.Chance(0.45) ? new[] { main, Fresh(random, follow, used) } : [main];
                var id = story.Id + "/" + story.Statements.Count.ToString(CultureInfo.InvariantCulture);
                story.Statements.Add(Statement.Create(id, speaker, sentences, random));
            }
        }

        return story;
    }

    /// <summary>A pattern no other statement of the story uses, so the story's statements stay apart.</summary>
    private static StatementPattern Fresh(Random random, IReadOnlyList<StatementPattern> patterns, HashSet<StatementPattern> used)
    {
        var free = patterns.Where(p => !used.Contains(p)).ToList();
        var pattern = random.Pick(free.Count > 0 ? free : patterns);
        used.Add(pattern);
        return pattern;
    }
}
