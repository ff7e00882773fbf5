namespace NewsGraph.Graph.Linking;

/// <summary>
/// Occurrences that repeat one another (the same speaker, form and words, as a slogan, an epithet or an anonymous
/// post pasted again and again gives them): whatever one of them is the same statement as, so is every other, so
/// only one need be compared with the rest. Linking them all pairwise would cost the square of their number.
/// </summary>
internal static class RepeatedWordings
{
    /// <summary>
    /// Joins each repeat to the first occurrence of its wording in <paramref name="groups"/> and gives the indices of
    /// <paramref name="ordered"/> left to compare, in order: the first of each wording, and the first of another quote
    /// than that one's, since occurrences of one quote are never compared with each other.
    /// </summary>
    public static List<int> JoinRepeats(List<StatementOccurrence> ordered, UnionFind groups, Func<StatementOccurrence, StatementOccurrence, bool> areSame)
    {
        var firsts = new Dictionary<(string? Speaker, bool IsFragment, string Words), (int First, int OtherQuote)>();
        var compared = new List<int>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var occurrence = ordered[i];
            var key = (occurrence.Speaker, occurrence.IsFragment, string.Join(' ', occurrence.Words));
            if (!firsts.TryGetValue(key, out var seen))
            {
                firsts[key] = (i, -1);
                compared.Add(i);
            }
            else if (seen.OtherQuote < 0 && !SameQuote(ordered[seen.First], occurrence))
            {
                firsts[key] = (seen.First, i);
                compared.Add(i);
            }
            else if (seen.OtherQuote >= 0 && areSame(ordered[seen.First], occurrence))
            {
                groups.Union(seen.First, i);
            }
            else
            {
                compared.Add(i);
            }
        }

        return compared;
    }

    public static bool SameQuote(StatementOccurrence a, StatementOccurrence b) => a.Article == b.Article && a.Quote == b.Quote;
}
