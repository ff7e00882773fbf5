using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// "CARDIFF, Sept 13 (Wire) -", "KARVOLA, Finland —", "KENEMA —": the town in capitals that opens a story's paragraph
/// before a dash is where it was filed from, a place, though a word in capitals elsewhere is an acronym.
/// </summary>
internal sealed class DatelinePlaces(Gazetteer gazetteer)
{
    /// <summary>How far into the paragraph the dash that ends a dateline may stand ("KARVOLA, Finland, Sept. 13 (Wire) —").</summary>
    private const int MaxDatelineTokens = 12;

    /// <summary>The place the capitalised run <paramref name="start"/>..<paramref name="end"/> names as the paragraph's dateline, or null.</summary>
    public Mention? Find(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        if (start != 0 || paragraph.Kind != ParagraphKind.Body || end >= tokens.Count || tokens[end].Value is not ("," or "(" or ['-' or '\u2013' or '\u2014'])
            || !Enumerable.Range(start, end - start).All(t => tokens[t].IsWord && tokens[t].Value.Length > 1 && !tokens[t].Value.Any(char.IsLower))
            || !HasDash(tokens, end))
        {
            return null;
        }

        var name = ParticlePlaces.Name(string.Join(' ', Enumerable.Range(start, end - start).Select(t => TitleCase(tokens[t].Value))));
        var entries = gazetteer.Lookup(name);
        foreach (var entry in entries)
        {
            if (entry.IsPlace)
            {
                return new Mention(EntityType.Place, entry.Name, paragraph, start, end) { PlaceKind = entry.PlaceKind, Country = entry.Country };
            }
        }

        // An unknown name needs the comma or the dash: before "(" it may be a speaker's label ("ANA RUIZ (through an interpreter) —").
        return tokens[end].Value != "(" && entries.IsEmpty && !gazetteer.IsCommonWord(name)
            ? new Mention(EntityType.Place, name, paragraph, start, end) { PlaceKind = PlaceKind.City }
            : null;
    }

    private static bool HasDash(IReadOnlyList<Token> tokens, int from)
    {
        for (var t = from; t < Math.Min(tokens.Count, MaxDatelineTokens); t++)
        {
            if (tokens[t].Value.Length == 1 && Characters.IsDash(tokens[t].Value[0]))
            {
                return true;
            }
        }

        return false;
    }

    private static string TitleCase(string word) => string.Join('-', word.Split('-').Select(p => p.Length > 0 ? p[..1] + p[1..].ToLowerInvariant() : p));
}
