namespace NewsGraph.Extraction.Text;

/// <summary>Character classes the text stages share.</summary>
internal static class Characters
{
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    public static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u2039' or '\u203A';

    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2212';

    public static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?';
}
