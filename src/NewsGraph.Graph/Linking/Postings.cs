namespace NewsGraph.Graph.Linking;

/// <summary>Posting lists: the values filed under each key, in the order they were filed.</summary>
internal static class Postings
{
    public static void Post<TKey, TValue>(this Dictionary<TKey, List<TValue>> postings, TKey key, TValue value)
        where TKey : notnull
    {
        if (!postings.TryGetValue(key, out var list))
        {
            postings[key] = list = [];
        }

        list.Add(value);
    }
}
