using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Who holds the floor in a transcript, a debate or a Q&amp;A: the person a paragraph opens with as a label ("Lidia:
/// Never. …"), or the person whose name alone heads the paragraphs since ("Lidia Marsh" on a line of its own). Words
/// quoted in a turn without an attribution of their own are that speaker's. In a broadcast script, a bracketed cue
/// ("[CLIP 2 — Ana Ruiz, in Spanish, 0'11\"]", "[SOT: Ana Ruiz, mayor]") names the speaker of the clip printed under it.
/// </summary>
internal sealed class SpeakerTurns(IReadOnlyList<Paragraph> body, IReadOnlyList<Paragraph> headings, ArticleEntities entities)
{
    private const int MaxLabelTokens = 5;
    private static readonly char[] CueSeparators = ['\u2014', '\u2013', ':', ','];

    // Asked for every quote no one is said to have said: the people by each name that may label a turn, and the
    // places of the body's labelled paragraphs, are found once rather than by reading every person and paragraph each time.
    private Dictionary<string, List<PersonEntity>>? _peopleByLabel;
    private List<int>? _labelledParagraphs;

    /// <summary>The speaker whose turn <paramref name="paragraph"/> is part of, or null outside any turn.</summary>
    public SpeakerRef? Of(Paragraph paragraph)
    {
        if (Labelled(paragraph) is { } labelled)
        {
            return labelled;
        }

        var before = SortedSearch.CountBefore(headings, h => h.Index < paragraph.Index);
        var heading = before > 0 ? headings[before - 1] : null;
        if (heading is not null && Cue.Is(heading.Text))
        {
            return heading.Index == paragraph.Index - 1 ? Cued(heading.Text) : null;
        }

        _labelledParagraphs ??= [.. body.Where(p => Labelled(p) is not null).Select(p => p.Index).Order()];
        var afterHeading = heading is null ? 0 : SortedSearch.CountBefore(_labelledParagraphs, i => i <= heading.Index);
        if (heading is null || (afterHeading < _labelledParagraphs.Count && _labelledParagraphs[afterHeading] < paragraph.Index))
        {
            return null;
        }

        return Person(heading.Text.Trim());
    }

    /// <summary>How many tokens a turn's label may take, a time stamp before the name included ("[21:58:40] ANA RUIZ:").</summary>
    private const int MaxStampedLabelTokens = 12;

    /// <summary>
    /// The first token after a turn's label ("HOST:", "Q.", "[00:25:44] ANA RUIZ:"), or 0 when the paragraph opens
    /// with none: the last colon before the paragraph's first lower-case word, after a capitalised word, within a few
    /// tokens. The words of the turn that bring in a quote are read from there, never from the label.
    /// </summary>
    public static int AfterLabel(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var tokens = paragraph.Tokens;
        var after = 0;
        for (var t = 0; t < Math.Min(tokens.Count, MaxStampedLabelTokens); t++)
        {
            if (tokens[t].Kind == TokenKind.Quote || (tokens[t].IsWord && !tokens[t].IsCapitalized))
            {
                break;
            }

            if (tokens[t].Value == ":" && t > 0 && tokens[t - 1].IsCapitalized)
            {
                after = t + 1;
            }
        }

        return after;
    }

    private SpeakerRef? Labelled(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        var colon = tokens.Take(MaxLabelTokens + 1).ToList().FindIndex(t => t.Value == ":");
        return colon > 0 && tokens.Take(colon).All(t => t.IsWord) ? Person(paragraph.Slice(0, colon)) : null;
    }

    /// <summary>The first part of a cue, between its dashes, colons and commas, that names a person of the article.</summary>
    private SpeakerRef? Cued(string cue) =>
        cue[1..^1].Split(CueSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Person)
            .FirstOrDefault(p => p is not null);

    /// <summary>The one person of the article a label names: by full name, by an alias, or by the given name alone.</summary>
    private SpeakerRef? Person(string label)
    {
        var key = EntityNames.Key(label);
        _peopleByLabel ??= PeopleByLabel(entities.People);
        var named = _peopleByLabel.GetValueOrDefault(key);
        return key.Length > 0 && named?.Count == 1 ? new SpeakerRef(named[0].Name, SpeakerKind.Person) : null;
    }

    /// <summary>Each person under the keys of their full name, their aliases and their given name.</summary>
    private static Dictionary<string, List<PersonEntity>> PeopleByLabel(IEnumerable<PersonEntity> people)
    {
        var byLabel = new Dictionary<string, List<PersonEntity>>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var keys = person.Aliases.Select(EntityNames.Key).Prepend(EntityNames.Key(person.Name)).Append(EntityNames.Words(person.Name).FirstOrDefault());
            foreach (var key in keys.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (!byLabel.TryGetValue(key, out var named))
                {
                    byLabel[key] = named = [];
                }

                named.Add(person);
            }
        }

        return byLabel;
    }
}
