using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// Property names read from JSON, one string per name for the whole process: every article row holds the same nine
/// names, and a neighbourhood reads a hundred rows.
/// </summary>
internal static class PropertyNames
{
    // Names are the graph's own few dozen; a store whose properties were named without bound stops keeping new ones here.
    private const int MaxNames = 1024;
    private const int MaxLength = 64;

    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownByChars =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name <paramref name="reader"/> is on (a property name token).</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[MaxLength];
        var name = chars[..Encoding.UTF8.GetChars(reader.ValueSpan, chars)];
        if (KnownByChars.TryGetValue(name, out var known))
        {
            return known;
        }

        var added = name.ToString();
        return Known.Count < MaxNames ? Known.GetOrAdd(added, added) : added;
    }
}
