namespace NewsGraph.Extraction.Tests.Gold;

/// <summary>
/// Scores extractions against gold: entity F1 (a prediction matches through its name or an alias), quote F1
/// (quotes under four words left out; a match needs 0.6 word overlap or containment) and speaker accuracy over
/// matched quotes (a surname, an alias, or "anonymous: ..." for any unnamed source is right).
/// </summary>
internal static class GoldScorer
{
    private const int MinQuoteWords = 4;
    private const double QuoteMatch = 0.6;

    public static GoldScore Score(GoldFile gold, IReadOnlyDictionary<string, ArticleExtraction> predictions)
    {
        var people = new Counts();
        var organizations = new Counts();
        var places = new Counts();
        var quotes = new Counts();
        int speakersRight = 0, speakersMatched = 0;
        foreach (var article in gold.Articles)
        {
            var predicted = predictions[article.File];
            people.Add(Entities(article.People, predicted.People));
            organizations.Add(Entities(article.Organizations, predicted.Organizations));
            places.Add(Entities(article.Places, predicted.Places));
            var candidates = predicted.Quotes.Where(q => Folding.Fold(q.Text).Split(' ').Length >= MinQuoteWords).ToList();
            var matches = MatchQuotes(article.Quotes, candidates);
            quotes.Add((matches.Count, candidates.Count, article.Quotes.Count));
            foreach (var (goldIndex, predictedIndex) in matches)
            {
                speakersMatched++;
                speakersRight += SameSpeaker(article.Quotes[goldIndex].Speaker, candidates[predictedIndex].Speaker?.Display, predicted.People) ? 1 : 0;
            }
        }

        return new GoldScore(people.F1, organizations.F1, places.F1, quotes.F1, speakersMatched == 0 ? 0 : (double)speakersRight / speakersMatched);
    }

    private static (int Hits, int Predicted, int Gold) Entities(IReadOnlyList<string> gold, IReadOnlyList<NamedEntity> predicted)
    {
        var keys = gold.Select(Folding.NameKey).Where(k => k.Length > 0).ToHashSet();
        var matched = new HashSet<string>();
        var hits = 0;
        foreach (var entity in predicted)
        {
            var names = entity.Aliases.Append(entity.Name).Select(Folding.NameKey).ToHashSet();
            var hit = names.Where(keys.Contains).Where(k => !matched.Contains(k)).Order(StringComparer.Ordinal).FirstOrDefault();
            if (hit is not null)
            {
                matched.Add(hit);
                hits++;
            }
        }

        return (hits, predicted.Count, keys.Count);
    }

    private static List<(int Gold, int Predicted)> MatchQuotes(IReadOnlyList<GoldQuote> gold, List<Quote> predicted)
    {
        var pairs = new List<(double Score, int Gold, int Predicted)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var score = Similarity(gold[g].Text, predicted[p].Text);
                if (score >= QuoteMatch)
                {
                    pairs.Add((score, g, p));
                }
            }
        }

        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var matches = new List<(int, int)>();
        foreach (var (_, g, p) in pairs.OrderByDescending(x => x.Score).ThenByDescending(x => x.Gold).ThenByDescending(x => x.Predicted))
        {
            if (!usedGold.Contains(g) && !usedPredicted.Contains(p))
            {
                usedGold.Add(g);
                usedPredicted.Add(p);
                matches.Add((g, p));
            }
        }

        return matches;
    }

    private static double Similarity(string a, string b)
    {
        var fa = Folding.Fold(a);
        var fb = Folding.Fold(b);
        if (fa.Length > 0 && fb.Length > 0 && (fa.Contains(fb, StringComparison.Ordinal) || fb.Contains(fa, StringComparison.Ordinal)))
        {
            return 1;
        }

        var wa = Folding.Words(a);
        var wb = Folding.Words(b);
        var union = wa.Union(wb).Count();
        return union == 0 ? 0 : (double)wa.Intersect(wb).Count() / union;
    }

    private static bool SameSpeaker(string? gold, string? predicted, IReadOnlyList<PersonEntity> people)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        var g = Folding.NameKey(gold);
        var p = Folding.NameKey(predicted);
        if (g.StartsWith("anonymous", StringComparison.Ordinal))
        {
            return p.StartsWith("anonymous", StringComparison.Ordinal);
        }

        if (g == p || people.Any(person => Folding.NameKey(person.Name) == p && person.Aliases.Append(person.Name).Select(Folding.NameKey).Contains(g)))
        {
            return true;
        }

        var gs = g.Split(' ').ToHashSet();
        var ps = p.Split(' ').ToHashSet();
        var shorter = gs.Count <= ps.Count ? gs : ps;
        return shorter.Count >= 2 && (gs.IsSubsetOf(ps) || ps.IsSubsetOf(gs));
    }

    private sealed class Counts
    {
        private int _hits;
        private int _predicted;
        private int _gold;

        public double F1
        {
            get
            {
                var precision = _predicted == 0 ? (_gold == 0 ? 1 : 0) : (double)_hits / _predicted;
                var recall = _gold == 0 ? 1 : (double)_hits / _gold;
                return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            }
        }

        public void Add((int Hits, int Predicted, int Gold) counts)
        {
            _hits += counts.Hits;
            _predicted += counts.Predicted;
            _gold += counts.Gold;
        }
    }
}
