using NewsGraph.Corpus.Stories;
using NewsGraph.Corpus.Vocabulary;

namespace NewsGraph.Corpus;

/// <summary>
/// A deterministic synthetic news corpus. Stories (a topic, a country, a city, a date, two to five speakers and
/// their statements) are each told by three to seven outlets; every outlet relays some of the statements, in its
/// own house style and attribution, and all but the first in drifted wording. The same seed gives the same
/// articles, byte for byte. Articles are made as they are enumerated, a story at a time, so a corpus of any size
/// streams in constant memory (the cast of recurring speakers is bounded by countries x topics).
/// </summary>
public sealed class CorpusGenerator
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 42;

    private readonly int _seed;

    /// <summary>A generator for <paramref name="seed"/>.</summary>
    public CorpusGenerator(int seed = DefaultSeed)
    {
        _seed = seed;
    }

    /// <summary>The first <paramref name="count"/> articles of the corpus, generated lazily.</summary>
    public IEnumerable<GeneratedArticle> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Stream(count);
    }

    private IEnumerable<GeneratedArticle> Stream(int count)
    {
        var lexicon = Lexicon.Default;
        var cast = new Cast(_seed, lexicon);
        var stories = new StoryBuilder(_seed, lexicon, cast);
        var composer = new ArticleComposer(_seed, lexicon, cast);
        var produced = 0;
        for (var index = 0; produced < count; index++)
        {
            var story = stories.Build(index);
            var outlets = Seeds.Derive(_seed, "size|" + story.Id).Next(3, 8);
            foreach (var article in composer.Compose(story, produced, Math.Min(outlets, count - produced)))
            {
                produced++;
                yield return article;
            }
        }
    }
}
