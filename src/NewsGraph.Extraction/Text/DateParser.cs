using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsGraph.Extraction.Text;

/// <summary>Finds full dates (day, month and year all given) in English text.</summary>
internal static partial class DateParser
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static DateOnly? Find(string text)
    {
        var match = MonthDayYear().Match(text);
        if (match.Success && TryMonth(match.Groups["month"].Value, out var month))
        {
            return Create(match.Groups["year"].Value, month, match.Groups["day"].Value);
        }

        match = DayMonthYear().Match(text);
        if (match.Success && TryMonth(match.Groups["month"].Value, out month))
        {
            return Create(match.Groups["year"].Value, month, match.Groups["day"].Value);
        }

        match = IsoDate().Match(text);
        return match.Success
            ? Create(match.Groups["year"].Value, int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), match.Groups["day"].Value)
            : null;
    }

    private static bool TryMonth(string text, out int month)
    {
        var lower = text.TrimEnd('.').ToLowerInvariant();
        month = lower.Length >= 3 ? Array.FindIndex(MonthNames, m => m.StartsWith(lower, StringComparison.Ordinal)) + 1 : 0;
        return month > 0 && (lower.Length == 3 || lower == "sept" || MonthNames[month - 1] == lower);
    }

    private static DateOnly? Create(string year, int month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return y is >= 1900 and <= 2100 && month is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, month)
            ? new DateOnly(y, month, d)
            : null;
    }

    [GeneratedRegex(@"\b(?<month>[A-Z][a-z]{2,8}\.?)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>[A-Z][a-z]{2,8}\.?),?\s+(?<year>\d{4})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?!\d)")]
    private static partial Regex IsoDate();
}
