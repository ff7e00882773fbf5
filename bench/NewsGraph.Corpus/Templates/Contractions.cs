using System.Text.RegularExpressions;

namespace NewsGraph.Corpus.Templates;

/// <summary>Writes the contractable phrases of a text contracted ("we're", "can't") or spelled out ("we are", "cannot").</summary>
internal static class Contractions
{
    // Pronoun forms first, so "we are not" contracts to "we're not" rather than "we aren't".
    private static readonly (string Full, string Short)[] Pairs =
    [
        ("we are", "we're"), ("they are", "they're"), ("it is", "it's"), ("that is", "that's"), ("there is", "there's"),
        ("what is", "what's"), ("I am", "I'm"), ("we will", "we'll"), ("we have been", "we've been"),
        ("do not", "don't"), ("does not", "doesn't"), ("did not", "didn't"), ("is not", "isn't"), ("are not", "aren't"),
        ("was not", "wasn't"), ("were not", "weren't"), ("will not", "won't"), ("cannot", "can't"), ("could not", "couldn't"),
        ("would not", "wouldn't"), ("should not", "shouldn't"), ("have not", "haven't"), ("has not", "hasn't"),
    ];

    private static readonly Regex[] FullForms = [.. Pairs.Select(p => Phrase(p.Full))];
    private static readonly Regex[] ShortForms = [.. Pairs.Select(p => Phrase(p.Short))];

    /// <summary>The text with every pair written in one form.</summary>
    public static string Apply(string text, bool contracted)
    {
        for (var i = 0; i < Pairs.Length; i++)
        {
            var (from, to) = contracted ? (FullForms[i], Pairs[i].Short) : (ShortForms[i], Pairs[i].Full);
            text = from.Replace(text, m => char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(to[0]) + to[1..] : to);
        }

        return text;
    }

    /// <summary>Whether the text has anything to contract or spell out.</summary>
    public static bool CanChange(string text) => FullForms.Any(r => r.IsMatch(text)) || ShortForms.Any(r => r.IsMatch(text));

    private static Regex Phrase(string phrase) =>
        new(@"\b" + Regex.Escape(phrase) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
