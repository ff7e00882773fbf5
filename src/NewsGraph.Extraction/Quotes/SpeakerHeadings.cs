using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// A section heading that names who speaks under it by full name and a short role, as flash interviews and panel
/// write-ups print them ("Ana Ruiz, United coach", "Ana Ruiz — striker"). A title's "Name, …" is the story's subject,
/// not a speaker's turn, and a role of more words, or with a number, is a headline's clause.
/// </summary>
internal static class SpeakerHeadings
{
    private const int MaxNameWords = 5;

    /// <summary>How many words the role after the name may take ("Kaltenbach head coach").</summary>
    private const int MaxRoleWords = 4;

    private static readonly char[] RoleSeparators = ['\u2014', '\u2013', ','];

    /// <summary>The name such a heading opens with, or null when the paragraph is no such heading.</summary>
    public static string? NameOf(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Text.Trim();
        var cut = text.IndexOfAny(RoleSeparators);
        if (paragraph.Kind != ParagraphKind.Heading || cut <= 0)
        {
            return null;
        }

        var name = text[..cut].Trim();
        var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var role = EntityNames.Words(text[(cut + 1)..]);
        return nameWords.Length is >= 2 and <= MaxNameWords && char.IsUpper(nameWords[0][0]) && char.IsUpper(nameWords[^1][0])
            && name.All(c => char.IsLetter(c) || c is ' ' or '-' or '.' or '\'' or '\u2019')
            && role.Length is > 0 and <= MaxRoleWords && !role.Any(w => w.Any(char.IsDigit))
            ? name
            : null;
    }
}
