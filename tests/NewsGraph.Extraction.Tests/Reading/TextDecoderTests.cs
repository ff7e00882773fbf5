using System.Text;

namespace NewsGraph.Extraction.Tests.Reading;

public class TextDecoderTests
{
    [Fact]
    public void Decodes_plain_utf8_without_warnings()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("Zoë said “hello”."));

        Assert.Equal("Zoë said “hello”.", decoded.Text);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void Strips_a_utf8_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Text")).ToArray();

        Assert.Equal("Text", TextDecoder.Decode(bytes).Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decodes_utf16_marked_by_its_byte_order_mark(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Łódź, Poland")).ToArray();

        Assert.Equal("Łódź, Poland", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Replaces_invalid_utf8_and_reports_the_first_byte_offset()
    {
        byte[] bytes = [.. "Kyiv "u8, 0xFF, .. " said"u8, 0xC3];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("Kyiv \uFFFD said\uFFFD", decoded.Text);
        var warning = Assert.Single(decoded.Warnings);
        Assert.Contains("byte offset 5", warning, StringComparison.Ordinal);
        Assert.Contains("2 invalid sequences", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_empty_input()
    {
        var error = Assert.Throws<ArticleRejectedException>(() => TextDecoder.Decode([]));
        Assert.Equal("empty file", error.Message);
    }

    [Fact]
    public void Rejects_blank_input()
    {
        var error = Assert.Throws<ArticleRejectedException>(() => TextDecoder.Decode(" \n\t\r\n"u8));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_binary_input_naming_the_nul_offset()
    {
        byte[] bytes = [0x89, .. "PNG"u8, 0x0D, 0x0A, 0x00, 0x01];

        var error = Assert.Throws<ArticleRejectedException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("NUL byte at offset 6", error.Message, StringComparison.Ordinal);
    }
}
