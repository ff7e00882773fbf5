namespace NewsGraph.Corpus;

/// <summary>
/// Derives independent, reproducible random streams from the corpus seed: one per story, per cast member, per
/// outlet. A stream depends only on the seed and its key, so what one story draws never shifts another story.
/// </summary>
internal static class Seeds
{
    /// <summary>A random stream for <paramref name="key"/> under <paramref name="seed"/>.</summary>
    public static Random Derive(int seed, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return new Random((int)(Mix(hash ^ ((ulong)(uint)seed << 32) ^ (uint)seed) & int.MaxValue));
    }

    /// <summary>One item of a list, uniformly.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>SplitMix64's finaliser: spreads nearby inputs over the whole range.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
