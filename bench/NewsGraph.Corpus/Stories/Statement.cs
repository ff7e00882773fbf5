using NewsGraph.Corpus.Templates;
using NewsGraph.Corpus.Vocabulary;

namespace NewsGraph.Corpus.Stories;

/// <summary>
/// Something a speaker said once, in one wording, and that outlets relay in theirs: a main sentence, maybe a
/// second one, each a template with its decisions. A relay starts from the original decisions and changes a few of
/// them (<see cref="Drift"/>).
/// </summary>
internal sealed class Statement(string id, Speaker speaker, IReadOnlyList<StatementPattern> sentences, Wording original)
{
    public string Id { get; } = id;

    public Speaker Speaker { get; } = speaker;

    public IReadOnlyList<StatementPattern> Sentences { get; } = sentences;

    public Wording Original { get; } = original;

    /// <summary>The paraphrase around a quoted fragment, when the main sentence marks one.</summary>
    public string? Paraphrase => Sentences[0].Sentence.HasFragment ? Sentences[0].Paraphrase : null;

    /// <summary>A statement as first said: each sentence's decisions drawn, contracted or spelled out as a whole.</summary>
    public static Statement Create(string id, Speaker speaker, IReadOnlyList<StatementPattern> sentences, Random random)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(random);
        var variants = sentences.Select(s => s.Sentence.Draw(random)).ToArray();
        return new Statement(id, speaker, sentences, new Wording(variants, random.Chance(0.3), sentences.Count));
    }

    /// <summary>The sentences of a wording, and the fragment its main sentence marks.</summary>
    public (IReadOnlyList<string> Sentences, string? Fragment) Render(Wording wording, Func<string, string> words)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var rendered = Enumerable.Range(0, wording.SentenceCount)
            .Select(i => Sentences[i].Sentence.Render(wording.Variants[i], words, wording.Contracted))
            .ToList();
        return (rendered.Select(r => r.Text).ToList(), rendered[0].Fragment);
    }

    /// <summary>
    /// The original wording changed in up to <paramref name="changes"/> places, each one of: another synonym at a
    /// choice, an optional clause dropped, contractions written the other way, or the last sentence cut.
    /// </summary>
    public Wording Drift(Random random, int changes, Func<string, string> words)
    {
        ArgumentNullException.ThrowIfNull(random);
        var variants = Original.Variants.Select(v => v.Copy()).ToArray();
        var contracted = Original.Contracted;
        var count = Original.SentenceCount;
        for (var change = 0; change < changes; change++)
        {
            var points = Enumerable.Range(0, count)
                .SelectMany(i => Sentences[i].Sentence.LivePoints(variants[i]).Select(node => (Sentence: i, Node: (TemplateNode?)node)))
                .ToList();
            if (Enumerable.Range(0, count).Any(i => Contractions.CanChange(Sentences[i].Sentence.Render(variants[i], words, contracted).Text)))
            {
                points.Add((-1, null));
            }

            if (count > 1)
            {
                points.Add((-2, null));
            }

            if (points.Count == 0)
            {
                break;
            }

            var (sentence, node) = random.Pick(points);
            switch (node)
            {
                case ChoiceNode choice:
                    var taken = variants[sentence].Choices[choice.Slot];
                    variants[sentence].Choices[choice.Slot] = (taken + 1 + random.Next(choice.Options.Count - 1)) % choice.Options.Count;
                    break;
                case OptionalNode optional:
                    variants[sentence].Included[optional.Slot] = false;
                    break;
                case null when sentence == -1:
                    contracted = !contracted;
                    break;
                default:
                    count--;
                    break;
            }
        }

        return new Wording(variants, contracted, count);
    }
}
