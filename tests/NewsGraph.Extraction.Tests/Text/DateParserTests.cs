using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Text;

public class DateParserTests
{
    [Theory]
    [InlineData("Published November 5, 2024", "2024-11-05")]
    [InlineData("Nov. 5, 2024 10:00 AM ET", "2024-11-05")]
    [InlineData("Thu 6 Mar 2025 18.04 GMT", "2025-03-06")]
    [InlineData("2025-03-04T10:00:00Z", "2025-03-04")]
    [InlineData("Sept. 30, 2023", "2023-09-30")]
    public void Reads_full_dates(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateParser.Find(text));
    }

    [Theory]
    [InlineData("Earlier today, on November 5, soldiers arrived")]
    [InlineData("February 30, 2024")]
    [InlineData("in the 1990s")]
    [InlineData("May 2024")]
    public void Never_guesses_a_date_that_is_not_complete_or_real(string text)
    {
        Assert.Null(DateParser.Find(text));
    }
}
