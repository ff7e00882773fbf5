using System.Security.Cryptography;

namespace NewsGraph.Corpus.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_seed_gives_the_same_articles_and_truth()
    {
        var first = new CorpusGenerator(11).Generate(120).ToList();
        var second = new CorpusGenerator(11).Generate(120).ToList();

        Assert.Equal(first.Select(a => a.FileName), second.Select(a => a.FileName));
        Assert.Equal(first.Select(a => a.Text), second.Select(a => a.Text));
        Assert.Equal(first.SelectMany(a => a.Quotes), second.SelectMany(a => a.Quotes));
    }

    [Fact]
    public void Enumerating_one_generator_twice_gives_the_same_articles()
    {
        var generator = new CorpusGenerator(5);
        var articles = generator.Generate(40);

        Assert.Equal(articles.Select(a => a.Text), articles.Select(a => a.Text));
    }

    [Fact]
    public void A_longer_corpus_starts_with_the_shorter_one()
    {
        var shorter = new CorpusGenerator(3).Generate(30).ToList();
        var longer = new CorpusGenerator(3).Generate(90).Take(30).ToList();

        Assert.Equal(shorter.Select(a => a.FileName), longer.Select(a => a.FileName));
        Assert.Equal(shorter.Select(a => a.Text), longer.Select(a => a.Text));
    }

    [Fact]
    public void Another_seed_gives_other_articles()
    {
        var a = new CorpusGenerator(1).Generate(20).Select(x => x.Text).ToList();
        var b = new CorpusGenerator(2).Generate(20).Select(x => x.Text).ToList();

        Assert.Empty(a.Intersect(b));
    }

    [Fact]
    public void Writing_the_same_seed_twice_gives_byte_identical_files()
    {
        var one = Directory.CreateTempSubdirectory("corpus-a-");
        var two = Directory.CreateTempSubdirectory("corpus-b-");
        try
        {
            var written = CorpusWriter.Write(new CorpusGenerator(42).Generate(60), one.FullName);
            CorpusWriter.Write(new CorpusGenerator(42).Generate(60), two.FullName);

            Assert.Equal(60, written.Articles);
            var files = one.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(61, files.Count);
            Assert.Contains(CorpusWriter.TruthFileName, files);
            Assert.Equal(files, two.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
            foreach (var file in files)
            {
                Assert.Equal(Hash(Path.Combine(one.FullName, file)), Hash(Path.Combine(two.FullName, file)));
            }
        }
        finally
        {
            one.Delete(recursive: true);
            two.Delete(recursive: true);
        }
    }

    [Fact]
    public void Articles_stream_lazily_so_a_huge_corpus_costs_only_what_is_read()
    {
        var first = new CorpusGenerator(9).Generate(int.MaxValue).Take(25).ToList();

        Assert.Equal(25, first.Count);
        Assert.Equal(Enumerable.Range(0, 25), first.Select(a => a.Index));
    }

    [Fact]
    public void File_names_are_unique_and_quote_offsets_point_at_the_quoted_text()
    {
        var articles = new CorpusGenerator(21).Generate(300).ToList();

        Assert.Equal(articles.Count, articles.Select(a => a.FileName).Distinct(StringComparer.Ordinal).Count());
        foreach (var article in articles)
        {
            Assert.NotEmpty(article.Quotes);
            foreach (var quote in article.Quotes)
            {
                Assert.Equal(quote.Text, article.Text.Substring(quote.Start, quote.Text.Length));
            }
        }
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
