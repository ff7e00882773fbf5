using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsGraph.Extraction;

/// <summary>Turns the bytes of an article file into text: UTF-8 (with or without BOM) or BOM-marked UTF-16.</summary>
public static class TextDecoder
{
    private static ReadOnlySpan<byte> Utf8Mark => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];

    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);

    /// <summary>Decodes <paramref name="bytes"/>, replacing invalid UTF-8 and reporting where it was.</summary>
    /// <exception cref="ArticleRejectedException">The input is empty, blank, or binary.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new ArticleRejectedException("empty file");
        }

        string text;
        var warnings = new List<string>();
        if (bytes.StartsWith(Utf16LittleEndianMark) || bytes.StartsWith(Utf16BigEndianMark))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Utf16BigEndian;
            text = encoding.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.StartsWith(Utf8Mark))
            {
                bytes = bytes[3..];
            }

            var nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
            {
                throw new ArticleRejectedException(string.Create(
                    CultureInfo.InvariantCulture, $"binary file (NUL byte at offset {nul}), not text"));
            }

            text = DecodeUtf8(bytes, warnings);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleRejectedException("empty file (only white space)");
        }

        return new DecodedText(text, warnings);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, List<string> warnings)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var firstInvalid = -1;
        var invalidCount = 0;
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                invalidCount++;
                if (firstInvalid < 0)
                {
                    firstInvalid = offset;
                }
            }

            offset += consumed;
        }

        if (invalidCount > 0)
        {
            warnings.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"invalid UTF-8 at byte offset {firstInvalid} ({invalidCount} invalid sequence{(invalidCount == 1 ? "" : "s")} replaced with U+FFFD)"));
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
