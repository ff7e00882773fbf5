namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The lower bound of a date filter. Neo4j 3.x answers <c>n.date &gt;= $bound</c> from its Lucene index, whose range
/// query walks the bound character by character recursively and overflows the server's stack on a bound of some
/// thousands of characters. No date is that long, so a longer bound is compared without the index.
/// </summary>
internal static class DateBound
{
    private const int IndexedLength = 64;

    /// <summary>The condition that <paramref name="property"/> is at least the bound held by <c>$parameter</c>.</summary>
    public static string AtLeast(string property, string parameter, string bound) =>
        bound.Length <= IndexedLength ? $"{property} >= ${parameter}" : $"{property} + '' >= ${parameter}";
}
