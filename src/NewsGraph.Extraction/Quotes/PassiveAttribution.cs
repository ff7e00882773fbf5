using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// An attribution in the passive after the quote: "“…” was said by Jane Doe", "the words “…” were spoken by Jane Doe",
/// "“…” had been written by Jane Doe".
/// </summary>
internal static class PassiveAttribution
{
    /// <summary>The first token after "by" when the tokens from <paramref name="start"/> read "was said by" or the like; null otherwise.</summary>
    public static int? AgentAt(IReadOnlyList<Token> tokens, int start, int end)
    {
        var verb = start < end && tokens[start].Value is "was" or "were" or "is" or "are" ? start + 1
            : start + 1 < end && tokens[start].Value is "had" or "has" or "have" && tokens[start + 1].Value == "been" ? start + 2
            : -1;
        return verb > 0 && verb + 2 < end && tokens[verb].Value is "said" or "spoken" or "written" or "uttered" && tokens[verb + 1].Value == "by"
            ? verb + 2
            : null;
    }
}
