using System.Buffers.Text;
using System.Globalization;
using System.Text;
using NewsGraph.Api.Errors;

namespace NewsGraph.Api.Schema.Paging;

/// <summary>Opaque cursors for lists that the API pages itself (a speaker's statements): a position in the list.</summary>
internal static class OffsetCursor
{
    private const string Prefix = "offset:";

    /// <summary>The cursor that continues after <paramref name="count"/> items.</summary>
    public static string Encode(int count) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + count.ToString(CultureInfo.InvariantCulture)));

    /// <summary>How many items precede the page that <paramref name="cursor"/> continues; 0 for none.</summary>
    /// <exception cref="InvalidCursorError">The cursor is not one this list issued.</exception>
    public static int Decode(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // reported below, like any other foreign cursor
        }

        throw new InvalidCursorError($"The cursor \"{cursor}\" was not issued for this list.");
    }
}
