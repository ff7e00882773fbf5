using NewsGraph.Graph.Linking;

namespace NewsGraph.Corpus.Tests;

/// <summary>Statements are relayed by several outlets, in wording that drifts but stays recognisably the same.</summary>
public sealed class RelayTests
{
    private static readonly List<GeneratedArticle> Articles = new CorpusGenerator(13).Generate(400).ToList();

    private static readonly List<(GeneratedArticle Article, GeneratedQuote Quote)> Full =
        Articles.SelectMany(a => a.Quotes.Where(q => !q.IsFragment).Select(q => (a, q))).ToList();

    [Fact]
    public void Most_statements_are_relayed_by_several_articles()
    {
        var articlesPerStatement = Articles
            .SelectMany(a => a.Quotes.Select(q => (q.StatementId, a.FileName)))
            .Distinct()
            .GroupBy(x => x.StatementId)
            .Select(g => g.Count())
            .ToList();

        Assert.True(articlesPerStatement.Count > 300);
        Assert.True(articlesPerStatement.Count(n => n >= 2) >= 0.8 * articlesPerStatement.Count);
        Assert.True(articlesPerStatement.Average() >= 2.5);
    }

    [Fact]
    public void Relayed_wording_drifts_in_many_articles()
    {
        var wordings = Full.GroupBy(x => x.Quote.StatementId).Select(g => g.Select(x => x.Quote.Wording).Distinct().Count()).ToList();

        Assert.True(Full.Count(x => x.Quote.Altered) >= 0.3 * Full.Count);
        Assert.True(wordings.Count(n => n >= 2) >= 0.4 * wordings.Count);
    }

    [Fact]
    public void The_first_article_of_a_story_quotes_the_original_wording()
    {
        var firsts = Articles.GroupBy(a => a.StoryId).Select(g => g.First());

        Assert.All(firsts.SelectMany(a => a.Quotes), q => Assert.False(q.Altered));
    }

    [Fact]
    public void Drifted_wordings_stay_close_to_the_original()
    {
        foreach (var statement in Full.GroupBy(x => x.Quote.StatementId))
        {
            var original = statement.FirstOrDefault(x => !x.Quote.Altered).Quote?.Wording;
            if (original is null)
            {
                continue;
            }

            foreach (var (_, quote) in statement.Where(x => x.Quote.Altered))
            {
                // Close enough for the linker to join them as the same speaker's statement: by overlap, or, for a relay
                // that cuts the last sentence (fewer words, all of them the speaker's), by containment.
                var drifted = Wording.Words(quote.Wording);
                var words = Wording.Words(original);
                var closeness = Math.Max(Wording.Jaccard(drifted, words), Wording.Containment(drifted, words));
                Assert.True(closeness >= StatementLinker.SameSpeakerOverlap, $"{quote.StatementId}: '{quote.Wording}' drifted too far from '{original}' ({closeness:F2})");
            }
        }
    }

    [Fact]
    public void Drift_swaps_synonyms_drops_clauses_and_toggles_contractions()
    {
        var pairs = Full
            .GroupBy(x => x.Quote.StatementId)
            .SelectMany(g => g.Where(x => x.Quote.Altered).Select(x => (Original: g.FirstOrDefault(o => !o.Quote.Altered).Quote?.Wording, Drifted: x.Quote.Wording)))
            .Where(p => p.Original is not null)
            .ToList();

        Assert.Contains(pairs, p => p.Drifted.Length < p.Original!.Length - 10);
        Assert.Contains(pairs, p => Contracted(p.Original!) != Contracted(p.Drifted));
        Assert.Contains(pairs, p => Wording.Words(p.Drifted).Except(Wording.Words(p.Original!)).Any());
    }

    [Fact]
    public void Fragments_quote_words_of_their_statement()
    {
        var fragments = Articles.SelectMany(a => a.Quotes.Where(q => q.IsFragment)).ToList();

        Assert.NotEmpty(fragments);
        Assert.All(fragments, f => Assert.Contains(f.Text.Replace('\u2019', '\''), f.Wording.Replace('\u2019', '\''), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_attribution_style_occurs()
    {
        var styles = Articles.SelectMany(a => a.Quotes).Select(q => q.Style).ToHashSet();

        Assert.Equal(Enum.GetValues<QuoteStyle>().ToHashSet(), styles);
    }

    [Fact]
    public void The_linker_joins_the_relays_of_a_statement_by_its_speaker()
    {
        var occurrences = Full
            .Select(x => new StatementOccurrence(x.Article.FileName, x.Quote.Start, 0, x.Quote.Speaker, x.Quote.Wording, IsFragment: false))
            .ToList();
        var truth = Full.Select(x => x.Quote.StatementId).ToList();
        var linked = StatementLinker.Link(occurrences);
        var statementOf = linked
            .SelectMany(s => s.Occurrences.Select(o => (Key: (o.Occurrence.Article, o.Occurrence.Quote), s.Id)))
            .ToDictionary(x => x.Key, x => x.Id);

        var joined = Full
            .GroupBy(x => x.Quote.StatementId)
            .Count(g => g.Select(x => statementOf[(x.Article.FileName, x.Quote.Start)]).Distinct().Count() == 1);
        Assert.True(joined >= 0.9 * truth.Distinct().Count(), $"{joined} of {truth.Distinct().Count()} statements linked whole");
    }

    private static bool Contracted(string text) => text.Contains('\'', StringComparison.Ordinal) || text.Contains('\u2019', StringComparison.Ordinal);
}
