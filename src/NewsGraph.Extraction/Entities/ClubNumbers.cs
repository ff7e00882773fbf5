using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// "1. FC Harbach 09": a club's name may carry an ordinal before its abbreviation and the last two digits of its
/// founding year after its name.
/// </summary>
internal static class ClubNumbers
{
    /// <summary>The span of a club's name that opens at <paramref name="first"/> with a club abbreviation, widened over its numbers.</summary>
    public static (int First, int End) Widen(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (!OrganizationHeads.IsClubAbbreviation(tokens[first].Value))
        {
            return (first, end);
        }

        if (first >= 2 && tokens[first - 1].Value == "." && tokens[first - 2] is { Kind: TokenKind.Number, Length: 1 } ordinal && ordinal.End == tokens[first - 1].Start)
        {
            first -= 2;
        }

        if (end < tokens.Count && tokens[end] is { Kind: TokenKind.Number, Length: 2 } && !(end + 1 < tokens.Count && tokens[end + 1].Value is "-" or "\u2013" or ":" or "."))
        {
            end++;
        }

        return (first, end);
    }
}
