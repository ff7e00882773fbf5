namespace NewsGraph.Extraction.Text;

/// <summary>Binary search over a list kept in order.</summary>
internal static class SortedSearch
{
    /// <summary>
    /// How many items open <paramref name="items"/> with <paramref name="isBefore"/> true, when it holds for a run at the
    /// start of the list and for none after (the index of the first item it fails for).
    /// </summary>
    public static int CountBefore<T>(IReadOnlyList<T> items, Func<T, bool> isBefore)
    {
        var (low, high) = (0, items.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = isBefore(items[middle]) ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
