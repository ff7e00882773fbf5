using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Whom a headline, a live blog's entry title or a pull quote credits with its quote: "‘The quay is not for sale’ – Okonjo",
/// "“We counted every gull” — Dr Ana Quesada, ornithologist" (a name after a dash that follows the quote), "Okonjo: ‘The quay
/// is not for sale’" (a name and a colon opening the line); the article's person or organization of that name, titles left off.
/// </summary>
internal sealed class HeadingCredits(ArticleEntities entities, Gazetteer gazetteer)
{
    /// <summary>How many words a credited name may have ("Dr Ana María Quesada Vidal").</summary>
    private const int MaxNameWords = 5;

    /// <summary>Who the line holding <paramref name="span"/> credits with it, if the article names them; else null.</summary>
    public SpeakerRef? Of(QuoteSpan span)
    {
        if (span.First != span.Last)
        {
            return null;
        }

        var name = After(span) ?? Before(span);
        var words = name?.Split(' ').SkipWhile(w => gazetteer.TitleWord(w) is not null).ToArray() ?? [];
        if (words.Length == 0)
        {
            return null;
        }

        var bare = string.Join(' ', words);
        return entities.FindPerson(bare) is { } person ? new SpeakerRef(person, SpeakerKind.Person)
            : entities.FindOrganization(bare) is { } organization ? new SpeakerRef(organization, SpeakerKind.Organization)
            : null;
    }

    // "‘…’ – Okonjo", "“…” — Dr Ana Quesada, ornithologist": capitalised words after the dash, up to the line's end or a comma.
    private static string? After(QuoteSpan span)
    {
        var tokens = span.First.Tokens;
        var dash = span.CloseToken + 1;
        if (dash + 1 >= tokens.Count || tokens[dash].Value.Length != 1 || !Characters.IsDash(tokens[dash].Value[0]))
        {
            return null;
        }

        var end = dash + 1;
        while (end < tokens.Count && end - dash <= MaxNameWords && (tokens[end].IsCapitalized || tokens[end].Value == "."))
        {
            end++;
        }

        return end > dash + 1 && (end == tokens.Count || tokens[end].Value == ",") ? span.First.Slice(dash + 1, end) : null;
    }

    // "Okonjo: ‘…’": the line opens with capitalised words and a colon right before the quote.
    private static string? Before(QuoteSpan span)
    {
        var tokens = span.First.Tokens;
        var colon = span.OpenToken - 1;
        return colon is > 0 and <= MaxNameWords && tokens[colon].Value == ":" && Enumerable.Range(0, colon).All(t => tokens[t].IsCapitalized)
            ? span.First.Slice(0, colon)
            : null;
    }
}
