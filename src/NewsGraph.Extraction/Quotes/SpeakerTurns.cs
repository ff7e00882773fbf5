using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Who holds the floor in a transcript, a debate or a Q&amp;A: the person a paragraph opens with as a label ("Lidia:
/// Never. …"), or the person whose name alone heads the paragraphs since ("Lidia Marsh" on a line of its own). Words
/// quoted in a turn without an attribution of their own are that speaker's.
/// </summary>
internal sealed class SpeakerTurns(IReadOnlyList<Paragraph> body, IReadOnlyList<Paragraph> headings, ArticleEntities entities)
{
    private const int MaxLabelTokens = 5;

    /// <summary>The speaker whose turn <paramref name="paragraph"/> is part of, or null outside any turn.</summary>
    public SpeakerRef? Of(Paragraph paragraph)
    {
        if (Labelled(paragraph) is { } labelled)
        {
            return labelled;
        }

        var heading = headings.LastOrDefault(h => h.Index < paragraph.Index);
        if (heading is null || body.Any(p => p.Index > heading.Index && p.Index < paragraph.Index && Labelled(p) is not null))
        {
            return null;
        }

        return Person(heading.Text.Trim());
    }

    private SpeakerRef? Labelled(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        var colon = tokens.Take(MaxLabelTokens + 1).ToList().FindIndex(t => t.Value == ":");
        return colon > 0 && tokens.Take(colon).All(t => t.IsWord) ? Person(paragraph.Slice(0, colon)) : null;
    }

    /// <summary>The one person of the article a label names: by full name, by an alias, or by the given name alone.</summary>
    private SpeakerRef? Person(string label)
    {
        var key = EntityNames.Key(label);
        var named = entities.People.Where(p => EntityNames.Key(p.Name) == key || p.Aliases.Any(a => EntityNames.Key(a) == key)
            || EntityNames.Words(p.Name).FirstOrDefault() == key).ToList();
        return key.Length > 0 && named.Count == 1 ? new SpeakerRef(named[0].Name, SpeakerKind.Person) : null;
    }
}
