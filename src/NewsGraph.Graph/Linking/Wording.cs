using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace NewsGraph.Graph.Linking;

/// <summary>
/// Compares the wordings of a statement: words folded (case, accents, curly and straight apostrophes, editorial
/// brackets), contractions expanded ("can't" and "cannot" both read "can not"), punctuation ignored.
/// </summary>
public static class Wording
{
    private static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "that",
        "this", "these", "those", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "they", "them",
        "their", "we", "our", "us", "i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "not", "no",
        "so", "if", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should", "may",
        "might", "must", "there", "here", "who", "which", "what", "any", "all", "some", "more", "most", "very", "just",
    ], StringComparer.Ordinal);

    /// <summary>The folded words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Folded(text).Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '[' or ']')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || ((c is '\'' or '\u2019') && word.Length > 0))
            {
                word.Append(char.ToLowerInvariant(c == '\u2019' ? '\'' : c));
            }
            else
            {
                Flush(word, words);
            }
        }

        Flush(word, words);
        return words;
    }

    /// <summary>The words that carry content (function words left out).</summary>
    public static IReadOnlySet<string> ContentWords(IEnumerable<string> words) =>
        words.Where(w => !FunctionWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Shared words over all words of the two wordings (0 to 1).</summary>
    public static double Jaccard(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        var setA = a as IReadOnlySet<string> ?? a.ToHashSet(StringComparer.Ordinal);
        var setB = b as IReadOnlySet<string> ?? b.ToHashSet(StringComparer.Ordinal);
        var shared = setA.Count <= setB.Count ? setA.Count(setB.Contains) : setB.Count(setA.Contains);
        var union = setA.Count + setB.Count - shared;
        return union == 0 ? 1.0 : (double)shared / union;
    }

    /// <summary>Share of <paramref name="part"/>'s words found in <paramref name="whole"/> (0 to 1).</summary>
    public static double Containment(IReadOnlyCollection<string> part, IReadOnlyCollection<string> whole)
    {
        var setWhole = whole as IReadOnlySet<string> ?? whole.ToHashSet(StringComparer.Ordinal);
        var setPart = part as IReadOnlySet<string> ?? part.ToHashSet(StringComparer.Ordinal);
        return setPart.Count == 0 ? 0 : (double)setPart.Count(setWhole.Contains) / setPart.Count;
    }

    /// <summary>Whether <paramref name="part"/> occurs, word for word, inside <paramref name="whole"/>.</summary>
    public static bool OccursIn(IReadOnlyList<string> part, IReadOnlyList<string> whole)
    {
        for (var start = 0; start + part.Count <= whole.Count; start++)
        {
            var match = true;
            for (var i = 0; i < part.Count && match; i++)
            {
                match = whole[start + i] == part[i];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every word of <paramref name="part"/> stands in <paramref name="whole"/> in the same order, with other
    /// words allowed between them: a quote shortened by leaving words out ("the crews reopened every lane" of "the crews
    /// cleared the road and reopened every lane").
    /// </summary>
    public static bool StandsInOrder(IReadOnlyList<string> part, IReadOnlyList<string> whole)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(whole);
        var next = 0;
        for (var i = 0; i < whole.Count && next < part.Count; i++)
        {
            if (whole[i] == part[next])
            {
                next++;
            }
        }

        return next == part.Count;
    }

    /// <summary>
    /// Whether <paramref name="wording"/> opens a quotation of its own after its first character (<c>Someone wrote
    /// 'the dam has cracked'</c>): its speaker relays someone else's words there. A straight mark or a curly single
    /// one opens a quotation only after a space or bracket: elsewhere it closes one, or is an apostrophe.
    /// </summary>
    public static bool OpensQuotation(string wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var text = wording.Trim();
        for (var i = 1; i < text.Length; i++)
        {
            var opens = text[i] switch
            {
                '\u201C' or '\u201E' or '\u00AB' => true,
                '"' or '\'' or '\u2018' or '\u2019' => char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[',
                _ => false,
            };
            if (opens)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Accented letters as their base letters, by table: also where <see cref="string.Normalize(NormalizationForm)"/>
    /// decomposes nothing (invariant globalization), and for letters it leaves alone (ø, ł, ß).
    /// </summary>
    private static string Folded(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (LetterFolding.Fold(c) is { } letters)
            {
                folded.Append(letters);
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString().TrimEnd('\'');
        word.Clear();
        foreach (var expanded in Expand(text))
        {
            words.Add(expanded);
        }
    }

    /// <summary>Expands a contraction into the words it stands for; drops the possessive "'s".</summary>
    private static IEnumerable<string> Expand(string word)
    {
        switch (word)
        {
            case "can't" or "cannot":
                return ["can", "not"];
            case "won't":
                return ["will", "not"];
            case "shan't":
                return ["shall", "not"];
            case "i'm":
                return ["i", "am"];
        }

        string[] suffixes = ["n't", "'re", "'ve", "'ll", "'d", "'s", "'m"];
        string[][] meanings = [["not"], ["are"], ["have"], ["will"], ["would"], [], ["am"]];
        for (var i = 0; i < suffixes.Length; i++)
        {
            if (word.Length > suffixes[i].Length && word.EndsWith(suffixes[i], StringComparison.Ordinal))
            {
                return [word[..^suffixes[i].Length], .. meanings[i]];
            }
        }

        return [word.Replace("'", "", StringComparison.Ordinal)];
    }
}
