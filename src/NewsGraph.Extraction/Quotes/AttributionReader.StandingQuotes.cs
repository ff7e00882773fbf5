using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>Who says a quote that stands alone, as a paragraph of its own, from the sentences around it.</summary>
internal sealed partial class AttributionReader
{
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    /// <summary>Words that point back at words just quoted ("That was the verdict of …", "Those are the words of …").</summary>
    private static readonly HashSet<string> Demonstratives = new(StringComparer.OrdinalIgnoreCase) { "that", "this", "those", "these", "such" };

    /// <summary>What a verb of speech says when it points back at words just quoted ("He said it flatly", "she has said this").</summary>
    private static readonly HashSet<string> BackReferences = new(StringComparer.OrdinalIgnoreCase) { "it", "this", "that", "so" };

    /// <summary>How many sentences of the paragraph after a standing quote may point back at it.</summary>
    private const int SentencesPointingBack = 2;

    /// <summary>
    /// "She has not slept since Sunday.", "Asked what had happened, he answered slowly.", "The mayor stated:": a sentence
    /// before a standing quote that names no one is about whom its subject "he" or "she" means, or the one person its
    /// opening title describes.
    /// </summary>
    private SpeakerRef? UnnamedSubject(Paragraph paragraph, int first, int end)
    {
        var tokens = paragraph.Tokens;
        // The subject opens the sentence, or follows the clause before its first comma ("On my last morning, he …").
        var opener = Enumerable.Range(first, end - first).FirstOrDefault(t => tokens[t].Value == ",", -1);
        int[] subjects = opener < 0 || opener + 1 >= end ? [first] : [first, opener + 1];
        foreach (var subject in subjects)
        {
            if (SubjectPronouns.Contains(tokens[subject].Value))
            {
                return ResolvePronoun(paragraph, subject);
            }
        }

        return tokens[first].Is("the") && DefiniteDescription(paragraph, first, Math.Min(end, first + 2)) is { Kind: SpeakerKind.Person } described
            ? described
            : null;
    }

    /// <summary>
    /// "“…” / Those were the words of Ana Ruiz, who …", "“…” / That was the verdict of Sheikh Omar.", "“…” / He said it
    /// flatly.": a paragraph that is nothing but a quote, whose speaker the next paragraph gives by pointing back at it.
    /// </summary>
    public SpeakerRef? ReadFollowingSubject(QuoteSpan span)
    {
        if (span.OpenToken != 0 || span.CloseToken < span.Last.Tokens.Count - 1 || _bodyByIndex.GetValueOrDefault(span.Last.Index + 1) is not { } next)
        {
            return null;
        }

        foreach (var sentence in next.Sentences.Take(SentencesPointingBack))
        {
            if ((WordsOf(next, sentence) ?? SaidIt(next, sentence)) is { } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>"That was the verdict of Sheikh Omar", "Those were the words of Ana Ruiz": the person a pointing sentence names.</summary>
    private SpeakerRef? WordsOf(Paragraph paragraph, Sentence sentence)
    {
        var tokens = paragraph.Tokens;
        var first = sentence.FirstToken;
        var be = tokens[first].Is("the") ? first + 2 : first + 1;
        var points = Demonstratives.Contains(tokens[first].Value) || (tokens[first].Is("the") && be < sentence.EndToken && tokens[first + 1].Is("words"));
        return points && be < sentence.EndToken && Discourse.FormsOfBe.Contains(tokens[be].Value)
            ? MentionsIn(paragraph, be + 1, sentence.EndToken).FirstOrDefault(m => m.Speaker.Kind == SpeakerKind.Person && !IsPossessor(paragraph, m.Mention)).Speaker
            : null;
    }

    /// <summary>"He said it flatly", "Ana Ruiz has said this to every visitor": a subject, a verb of speech and a word pointing back.</summary>
    private SpeakerRef? SaidIt(Paragraph paragraph, Sentence sentence)
    {
        var tokens = paragraph.Tokens;
        var first = sentence.FirstToken;
        var named = MentionsIn(paragraph, first, sentence.EndToken).FirstOrDefault(m => m.Mention.LeadToken == first && m.Speaker.Kind == SpeakerKind.Person);
        var subjectEnd = named.Mention?.EndToken ?? (SubjectPronouns.Contains(tokens[first].Value) ? first + 1 : -1);
        if (subjectEnd < 0)
        {
            return null;
        }

        for (var verb = subjectEnd; verb < Math.Min(sentence.EndToken - 1, subjectEnd + 3) && tokens[verb].IsWord && !tokens[verb].IsCapitalized; verb++)
        {
            if (IsVerbAt(tokens, verb) && BackReferences.Contains(tokens[verb + 1].Value))
            {
                return named.Mention is not null ? named.Speaker : ResolvePronoun(paragraph, first);
            }
        }

        return null;
    }
}
