namespace NewsGraph.Extraction.Text;

/// <summary>
/// Splits plain text into paragraphs. A line is a paragraph, except in hard-wrapped text (blocks whose lines
/// run to a common width), where the lines of a block are joined back together, bracketed cue lines aside.
/// </summary>
internal static class ParagraphSplitter
{
    private const int MinWrapWidth = 50;

    public static IReadOnlyList<string> Split(string text)
    {
        var paragraphs = new List<string>();
        foreach (var block in SplitBlocks(text))
        {
            if (IsHardWrapped(block))
            {
                AddUnwrapped(block, paragraphs);
            }
            else
            {
                paragraphs.AddRange(block);
            }
        }

        return paragraphs;
    }

    private static List<List<string>> SplitBlocks(string text)
    {
        var blocks = new List<List<string>>();
        var current = new List<string>();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    blocks.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(NormalizeSpaces(line));
        }

        if (current.Count > 0)
        {
            blocks.Add(current);
        }

        return blocks;
    }

    /// <summary>A block is hard-wrapped when most of its lines (the last aside) fill at least 3/4 of a common width.</summary>
    private static bool IsHardWrapped(List<string> block)
    {
        if (block.Count < 2)
        {
            return false;
        }

        var width = block.Max(l => l.Length);
        if (width < MinWrapWidth || width > 100)
        {
            return false;
        }

        var full = block.Take(block.Count - 1).Count(l => l.Length >= width * 3 / 4);
        return full * 5 >= (block.Count - 1) * 3;
    }

    private static void AddUnwrapped(List<string> block, List<string> paragraphs)
    {
        var width = block.Max(l => l.Length);
        var current = "";
        foreach (var line in block)
        {
            if (Cue.Is(line))
            {
                paragraphs.AddRange(current.Length == 0 ? [line] : [current, line]);
                current = "";
                continue;
            }

            current = current.Length == 0 ? line : JoinWrapped(current, line);
            var endsParagraph = line.Length < width * 3 / 4 && EndsSentence(line);
            if (endsParagraph)
            {
                paragraphs.Add(current);
                current = "";
            }
        }

        if (current.Length > 0)
        {
            paragraphs.Add(current);
        }
    }

    private static string JoinWrapped(string left, string right) =>
        left.EndsWith('-') && left.Length > 1 && char.IsLetter(left[^2]) && right.Length > 0 && char.IsLower(right[0])
            ? left + right
            : left + " " + right;

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or ':';

    private static string NormalizeSpaces(string line)
    {
        var needsWork = false;
        for (var i = 0; i < line.Length && !needsWork; i++)
        {
            needsWork = IsSpace(line[i]) && (line[i] != ' ' || (i + 1 < line.Length && IsSpace(line[i + 1])));
        }

        return needsWork ? string.Join(' ', line.Split(SpaceCharacters, StringSplitOptions.RemoveEmptyEntries)) : line;
    }

    private static readonly char[] SpaceCharacters = [' ', '\t', '\u00A0', '\u2009', '\u202F'];

    private static bool IsSpace(char c) => Array.IndexOf(SpaceCharacters, c) >= 0;
}
