using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Words that call someone by name ("The sea does not care how you feel, Ngozi.", "Ngozi, listen."): whoever they
/// address is not who says them.
/// </summary>
internal static class Vocatives
{
    /// <summary>
    /// Whether the quote calls <paramref name="person"/> by a word of their name set off by a comma: after one and
    /// before a mark or the quote's end, or opening the quote before one.
    /// </summary>
    public static bool Address(QuoteSpan span, string person)
    {
        ArgumentNullException.ThrowIfNull(span);
        var names = EntityNames.Words(person).ToHashSet(StringComparer.Ordinal);
        var tokens = span.First.Tokens;
        var end = span.Last == span.First ? span.CloseToken : tokens.Count;
        for (var t = span.OpenToken + 1; t < end; t++)
        {
            if (!tokens[t].IsWord || !tokens[t].IsCapitalized || !names.Contains(EntityNames.Key(tokens[t].Value)))
            {
                continue;
            }

            var after = t + 1 == end || IsMark(tokens[t + 1]);
            var opens = t == span.OpenToken + 1 && t + 1 < end && tokens[t + 1].Value == ",";
            if ((tokens[t - 1].Value == "," && after) || opens)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMark(Token token) => token.Value is "." or "," or "!" or "?" or ";";
}
