using System.Collections.Frozen;
using NewsGraph.Extraction.Entities;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Who a trial report presents as giving evidence: "Ana Lima, 52, a former harbour pilot, was testifying …", "Ana Lima
/// gave evidence on Monday": the person a later "the witness" means.
/// </summary>
internal static class Testimony
{
    /// <summary>How far into its sentence after the name the verb of testifying may stand, past an apposition.</summary>
    private const int MaxWordsToVerb = 30;

    private static readonly FrozenSet<string> TestifyingVerbs = FrozenSet.ToFrozenSet(
        ["testify", "testifies", "testified", "testifying"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> GivingVerbs = FrozenSet.ToFrozenSet(
        ["give", "gives", "gave", "giving"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The noun a report uses afterwards for the one who testifies.</summary>
    public const string WitnessNoun = "witness";

    /// <summary>Whether the mention opens its sentence as the subject of a verb of testifying.</summary>
    public static bool IntroducesWitness(Mention mention)
    {
        var tokens = mention.Paragraph.Tokens;
        var sentence = mention.Paragraph.SentenceOf(mention.LeadToken);
        if (mention.LeadToken != sentence.FirstToken)
        {
            return false;
        }

        var end = Math.Min(sentence.EndToken, mention.EndToken + MaxWordsToVerb);
        for (var t = mention.EndToken; t < end; t++)
        {
            if (TestifyingVerbs.Contains(tokens[t].Value)
                || (tokens[t].Is("evidence") && t > mention.EndToken && GivingVerbs.Contains(tokens[t - 1].Value)))
            {
                return true;
            }
        }

        return false;
    }
}
