using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// A live blog's "Key points", a fact box or a summary list names people in full ("R. Meenal catches Pothireddy Lakshmi
/// Anjali on the rope") where the story calls them by one name ("Anjali drives high to long-on"). Such lines are set
/// apart as headings are, whose capitals say little; a full name there counts when the story calls someone by a word of it, and the
/// line reads as a sentence, not in title case.
/// </summary>
internal static class ListedNames
{
    /// <summary>
    /// The people heading-like lines name in full whom the story calls by a word of their name, and no word of which
    /// names an organization or a place of the story ("Varrow Interactive" of "Varrow said" and "Varrow Interactive Co.").
    /// </summary>
    public static IEnumerable<Mention> Completing(IEnumerable<Mention> headingMentions, IReadOnlyList<Mention> storyMentions)
    {
        var personWords = WordsOf(storyMentions.Where(m => m.Type == EntityType.Person));
        var otherWords = WordsOf(storyMentions.Where(m => m.Type != EntityType.Person));
        return headingMentions.Where(m => m.Type == EntityType.Person && IsSentenceCase(m.Paragraph))
            .Where(m => EntityNames.Words(m.Name) is { Length: >= 2 } words
                && words.Any(w => w.Length > 2 && personWords.Contains(w)) && !words.Any(otherWords.Contains));
    }

    private static HashSet<string> WordsOf(IEnumerable<Mention> mentions) =>
        mentions.SelectMany(m => EntityNames.Words(m.Name)).ToHashSet(StringComparer.Ordinal);

    // "Falcons captain disputes the catch": most words of a sentence are lower case; a title-case heading's are not.
    private static bool IsSentenceCase(Paragraph line)
    {
        var words = line.Tokens.Where(t => t.IsWord && t.Value.Length > 3).ToList();
        return words.Count(t => !t.IsCapitalized) * 2 >= words.Count;
    }
}
