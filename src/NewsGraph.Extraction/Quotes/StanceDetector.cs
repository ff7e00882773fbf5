using System.Text.RegularExpressions;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Tells when a quote responds to an earlier statement of the article: saying it cannot be confirmed, denying it,
/// or backing it. The cue may be in the quote or in the sentence that frames it.
/// </summary>
internal static partial class StanceDetector
{
    public static Stance? Detect(string quote, string frame)
    {
        if (CannotConfirm().IsMatch(quote) || CannotConfirm().IsMatch(frame))
        {
            return Stance.CannotConfirm;
        }

        if (Disputes().IsMatch(quote) || Disputes().IsMatch(frame))
        {
            return Stance.Disputes;
        }

        return Supports().IsMatch(frame) || SupportsInQuote().IsMatch(quote) ? Stance.Supports : null;
    }

    /// <summary>
    /// A word every cue of <see cref="CannotConfirm"/>, <see cref="Disputes"/> and <see cref="Supports"/> holds, at the
    /// start of a word: text without one of these matches none of them. Keep it in step with them.
    /// </summary>
    [GeneratedRegex(@"\b(?:confirm|verif|corroborat|substantiate|evidence|indication|unconfirmed|den|reject|dismiss|refut|false|untrue|true|truth|baseless|groundless|fabricated|nonsense|fake|disinformation|misinformation|happened|agree|backing|backed|echo|endorse|second)", RegexOptions.IgnoreCase)]
    internal static partial Regex CueWord();

    [GeneratedRegex(@"\b(?:can(?:no|')t|can not|could(?:n't| not)|unable to|not able to|won't|will not|would(?:n't| not))\s+(?:\w+\s+){0,2}?(?:confirm|verify|corroborate|substantiate)|\bno (?:evidence|confirmation|indication)\b|\bunconfirmed\b|\bcould not be (?:independently )?(?:confirmed|verified)", RegexOptions.IgnoreCase)]
    private static partial Regex CannotConfirm();

    [GeneratedRegex(@"\b(?:den(?:y|ies|ied)|deni(?:al|als)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed)|(?:completely |totally |entirely )?(?:false|untrue|baseless|groundless|fabricated|nonsense)|not true|fake news|disinformation|misinformation|no truth|never happened)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disputes();

    [GeneratedRegex(@"\b(?:agree(?:s|d)?|in agreement|backing (?:him|her|them|it) up|backed (?:him|her|them|it|the claim) up|echo(?:es|ed)|endorse(?:s|d)?|corroborat(?:es|ed)|second(?:s|ed) (?:the|that|his|her)|confirm(?:s|ed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Supports();

    [GeneratedRegex(@"\b(?:I agree|(?:he|she|they)(?:'s| is| are) right|exactly right|that's true|it's true)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SupportsInQuote();
}
