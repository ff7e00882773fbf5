using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// A list of ordinary words inside an organization's name, after a comma: "Department for Energy, Water and Rural
/// Affairs", "National Science, Technology and Innovation Agency". The name goes on past the comma and the "and".
/// </summary>
internal static class NameLists
{
    // Words a list item may have before the next comma or the "and".
    private const int MaxItemWords = 3;

    // The most items before the "and", and words of the name before the comma: a run grows past one list only, so
    // no chain of lists makes one long run for the scans over a run's words.
    private const int MaxItems = 4;
    private const int MaxWordsBeforeList = 8;

    /// <summary>
    /// The token after the list's "and" when the comma at <paramref name="comma"/> opens a list inside the name begun at
    /// <paramref name="start"/>, or null. The list's items are capitalised ordinary words with no organization noun, and
    /// after the "and" come ordinary words that end the name. Either a noun followed by "of" or "for" opens the name
    /// and no organization noun follows the "and" ("Ministry of Health, Red Cross and Fire Service" lists three
    /// bodies), or the name before the comma is ordinary words, no given name, and an organization noun ends it after
    /// the "and" ("National Science, ..."; not "Ana Lopes, Finance and Audit Committee").
    /// </summary>
    public static int? ContinuesAfter(IReadOnlyList<Token> tokens, int start, int comma, int end, Gazetteer gazetteer)
    {
        if (comma - start > MaxWordsBeforeList)
        {
            return null;
        }

        var and = comma + 1;
        for (var items = 0; and < end && tokens[and].Value != "and"; items++)
        {
            if (items == MaxItems)
            {
                return null;
            }

            var item = and;
            while (and < end && and - item < MaxItemWords && IsPlainCapitalizedWord(tokens[and], gazetteer))
            {
                and++;
            }

            if (and == item || and >= end || !(tokens[and].Value == "," || tokens[and].Value == "and"))
            {
                return null;
            }

            if (tokens[and].Value == ",")
            {
                and++;
            }
        }

        var last = and + 1;
        while (last < end && tokens[last].IsCapitalized && gazetteer.IsCommonWord(tokens[last].Value))
        {
            last++;
        }

        if (last == and + 1 || (last < end && tokens[last].IsCapitalized))
        {
            return null;
        }

        var headOpensName = Enumerable.Range(start, comma - start - 1).Any(h => tokens[h + 1].Value is "of" or "for" && OrganizationHeads.KindOf(tokens[h].Value) is not null);
        if (headOpensName)
        {
            return Enumerable.Range(and + 1, last - and - 1).All(j => OrganizationHeads.KindOf(tokens[j].Value) is null) ? and + 1 : null;
        }

        var plainOpening = !gazetteer.IsGivenName(tokens[start].Value)
            && Enumerable.Range(start, comma - start).All(j => tokens[j].IsCapitalized && gazetteer.IsCommonWord(tokens[j].Value));
        return plainOpening && OrganizationHeads.KindOf(tokens[last - 1].Value) is not null ? and + 1 : null;
    }

    private static bool IsPlainCapitalizedWord(Token token, Gazetteer gazetteer) =>
        token.IsCapitalized && gazetteer.IsCommonWord(token.Value) && OrganizationHeads.KindOf(token.Value) is null;
}
