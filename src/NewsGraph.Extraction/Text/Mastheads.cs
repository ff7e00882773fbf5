using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Knowledge;

namespace NewsGraph.Extraction.Text;

/// <summary>
/// The outlet's own name where a page prints it above the story: a masthead in capitals on the first line ("THE
/// PRAIRIE SENTINEL", "HARBOUR DAILY · English edition"), an edition line ("Harbour Daily — English Edition") or a
/// tagline ("The Tideline — a weekly newsletter on fisheries").
/// </summary>
internal static partial class Mastheads
{
    private const int MaxNameWords = 6;

    // Words of a first line that labels the document, not its publisher ("PRESS RELEASE", "BREAKING NEWS").
    private static readonly FrozenSet<string> DocumentLabels = FrozenSet.ToFrozenSet(
        ["release", "breaking", "exclusive", "opinion", "analysis", "transcript", "editorial", "update", "updated", "live", "correction",
         "advisory", "statement", "announcement", "obituary", "advertisement", "sponsored", "urgent", "minutes", "agenda"],
        StringComparer.OrdinalIgnoreCase);

    // Words a masthead in capitals keeps in lower case when it is written out ("COUNCIL OF HARBOURTON" is "Council of Harbourton").
    private static readonly FrozenSet<string> SmallWords = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "for", "on", "in", "at", "to", "de", "do", "da", "das", "dos", "del", "di", "du", "la", "le"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The outlet a page's first line names in capitals, before any separator ("KYSTPOSTEN · English edition",
    /// "RADIO TIDE 98.4 FM — NEWSROOM"), or null. A single ordinary word is a section ("BUSINESS | MARITIME"), and so is a
    /// run of ordinary words beside others or a document's label ("PRESS RELEASE"); a line that ends a sentence is story.
    /// </summary>
    public static string? FirstLineName(string line, Gazetteer gazetteer)
    {
        if (line[^1] is '.' or '?' or ':' or ';' or ',' or '"' or '\u201D' or '\u2019')
        {
            // "LISBON (Wire) — The ferry sailed.": a dateline opening the story.
            return null;
        }

        var parts = Separator().Split(line);
        var name = TrailingBrackets().Replace(parts[0], "").TrimEnd('!', ' ');
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxNameWords || !name.Any(char.IsLetter) || name.Any(char.IsLower) || name.Any(c => c is ':' or '?' or ',' or '"'))
        {
            return null;
        }

        var lettered = words.Where(w => w.Any(char.IsLetter)).ToList();
        var ordinary = lettered.All(w => gazetteer.IsCommonWord(w.Trim('.', '&')));
        if (ordinary && (lettered.Count == 1 || parts.Length > 1 || lettered.Any(DocumentLabels.Contains)))
        {
            return null;
        }

        return WrittenOut(words);
    }

    /// <summary>"Vistula Post — English Edition", "Nieuwsblad English", "The Tideline — a weekly newsletter on fisheries": the outlet's name, or null.</summary>
    public static string? EditionOrTaglineName(string line)
    {
        var match = EditionLine().Match(line);
        if (!match.Success)
        {
            match = Tagline().Match(line);
        }

        return match.Success ? match.Groups["name"].Value : null;
    }

    private static string WrittenOut(string[] words) =>
        string.Join(' ', words.Select((w, i) => WrittenOut(w, i == 0)));

    private static string WrittenOut(string word, bool first)
    {
        if (OrganizationHeads.IsLowerCaseLegalForm(word.ToLowerInvariant()) || (!first && SmallWords.Contains(word)))
        {
            return word.ToLowerInvariant();
        }

        return word.Length <= 2 || word.Any(char.IsDigit) ? word : word[0] + word[1..].ToLowerInvariant();
    }

    [GeneratedRegex(@"\s+[\u00B7|\u2022\u2014\u2013\u203A/]\s+|\s*[\u00B7|\u2022\u203A]\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex TrailingBrackets();

    private const string CapitalisedName = @"(?<name>\p{Lu}[\p{L}\p{N}&'\u2019.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'\u2019.-]*|\d[\d.]*|of|to|and|&|on|the|for|de|do|da)){0,4})";

    [GeneratedRegex(@"^" + CapitalisedName + @"\s*(?:[\u2014\u2013\u00B7|-]\s*)?English(?:[\s-](?i:edition|service))?$")]
    private static partial Regex EditionLine();

    [GeneratedRegex(@"^" + CapitalisedName + @"\s+[\u2014\u2013]\s+an?\s+(?:[\p{L}-]+\s+){0,3}?(?:newsletter|letter|podcast|magazine|blog|bulletin|digest|journal|programme|program|show)\b")]
    private static partial Regex Tagline();
}
