namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Quotes the one who says "I" brings in ("“…,” I told her", "I said to him, “…”"): in a turn the holder's words, in a
/// story the writer's, and never the words of whoever was quoted just before.
/// </summary>
internal static class FirstPerson
{
    /// <summary>How many words may stand between the verb and the quote ("I told my sister, “…”").</summary>
    private const int MaxObjectWords = 3;

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "I", "we" };

    /// <summary>Whether "I" or "we" and a verb of speech follow the quote's close or lead right into its opening.</summary>
    public static bool Says(QuoteSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        var tail = span.Last.Tokens;
        var close = span.CloseToken;
        if (close + 2 < tail.Count && Pronouns.Contains(tail[close + 1].Value) && SpeechVerbs.IsSpeechVerb(tail[close + 2].Value))
        {
            return true;
        }

        var tokens = span.First.Tokens;
        var open = span.OpenToken;
        if (open < 3 || tokens[open - 1].Value is not ("," or ":"))
        {
            return false;
        }

        for (var verb = open - 2; verb >= Math.Max(1, open - 2 - MaxObjectWords) && tokens[verb].IsWord; verb--)
        {
            if (SpeechVerbs.IsSpeechVerb(tokens[verb].Value))
            {
                return Pronouns.Contains(tokens[verb - 1].Value);
            }
        }

        return false;
    }
}
