using System.Globalization;

namespace NewsGraph.App.Export;

/// <summary>
/// A float written so every reader keeps it a float: always with a decimal point (<c>1.0</c>, not <c>1</c>,
/// which Cypher and JSON readers take for an integer) and an exponent without a plus sign (<c>1.0E20</c>, not
/// <c>1E+20</c>, which Cypher 3.1 refuses). The digits are the shortest that read back to the same double.
/// </summary>
internal static class FloatText
{
    /// <summary>The text of a finite <paramref name="number"/>.</summary>
    public static string Of(double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Only finite numbers have a literal.");
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        var exponent = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponent < 0 ? text : text[..exponent];
        var tail = exponent < 0 ? "" : "E" + text[(exponent + 1)..].TrimStart('+');
        return (mantissa.Contains('.', StringComparison.Ordinal) ? mantissa : mantissa + ".0") + tail;
    }
}
