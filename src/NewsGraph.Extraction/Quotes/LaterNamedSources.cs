using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// Unnamed sources the article names further on: "A veteran engineer who worked on the line said …" and, later, "The
/// engineer, Ana Lucía Ferreyra, …" or "Ferreyra, the engineer, …". A description is tied to the one person the article
/// later sets beside "the" and the same noun, and to no one when it sets that noun beside someone before the description
/// (another engineer) or beside several people.
/// </summary>
internal sealed class LaterNamedSources
{
    /// <summary>How many words may stand between "the" and the noun ("the ministry's senior spokeswoman").</summary>
    private const int MaxDescriptionWords = 4;

    /// <summary>Words that end the description after its noun ("the engineer who worked on the line").</summary>
    private static readonly HashSet<string> DescriptionEnds = new(StringComparer.OrdinalIgnoreCase)
        { "who", "whose", "at", "for", "of", "from", "with", "in", "on", "and" };

    private static readonly HashSet<string> Indefinites = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "one", "another" };

    // The noun, lower case, to the places that set "the" and the noun beside a name, in text order.
    private readonly Dictionary<string, List<(int Paragraph, int Token, string Person)>> _byNoun = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _onlyPerson = new(StringComparer.Ordinal);

    public LaterNamedSources(ArticleEntities entities, QuotedRegions quoted)
    {
        foreach (var (mention, person) in entities.PersonMentions
            .Where(m => m.Mention.Paragraph.Kind != ParagraphKind.Byline && !quoted.Holds(m.Mention))
            .OrderBy(m => (m.Mention.Paragraph.Index, m.Mention.FirstToken)))
        {
            foreach (var noun in new[] { NounBefore(mention), NounAfter(mention) }.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (!_byNoun.TryGetValue(noun, out var places))
                {
                    _byNoun[noun] = places = [];
                }

                places.Add((mention.Paragraph.Index, mention.FirstToken, person));
            }
        }
    }

    /// <summary>
    /// The person an unnamed source described at that place ("a spokeswoman for the ministry") turns out to be, or null:
    /// the one person set beside "the" and the description's noun after that place and never before it.
    /// </summary>
    public SpeakerRef? Of(string description, Paragraph paragraph, int token)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(paragraph);
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var noun = words.FirstOrDefault(AnonymousSources.IsSourceNoun);
        if (words.Length == 0 || !Indefinites.Contains(words[0]) || noun is null || AnonymousSources.IsPlural(description)
            || !_byNoun.TryGetValue(noun.ToLowerInvariant(), out var places))
        {
            return null;
        }

        // The places are in text order: the first one before the description means the noun named someone already.
        if ((places[0].Paragraph, places[0].Token).CompareTo((paragraph.Index, token)) < 0)
        {
            return null;
        }

        return OnlyPerson(noun.ToLowerInvariant(), places) is { } person ? new SpeakerRef(person, SpeakerKind.Person) : null;
    }

    /// <summary>The one person the places set beside the noun, or null for several; found once per noun, not once per quote.</summary>
    private string? OnlyPerson(string noun, List<(int Paragraph, int Token, string Person)> places)
    {
        if (!_onlyPerson.TryGetValue(noun, out var person))
        {
            var people = places.Select(p => p.Person).Distinct(StringComparer.Ordinal).Take(2).ToList();
            _onlyPerson[noun] = person = people.Count == 1 ? people[0] : null;
        }

        return person;
    }

    /// <summary>"The engineer, Ana Ruiz": the noun right before the comma that opens the name, after "the" and a few words.</summary>
    private static string? NounBefore(Mention mention)
    {
        var tokens = mention.Paragraph.Tokens;
        var comma = mention.LeadToken - 1;
        if (comma < 2 || tokens[comma].Value != "," || !tokens[comma - 1].IsWord)
        {
            return null;
        }

        for (var t = comma - 2; t >= Math.Max(0, comma - 1 - MaxDescriptionWords); t--)
        {
            if (tokens[t].Is("the"))
            {
                return tokens[comma - 1].Value.ToLowerInvariant();
            }

            if (!tokens[t].IsWord && tokens[t].Kind != TokenKind.Possessive)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"Ana Ruiz, the engineer,", "Ruiz, the engineer who …": the noun that ends the description after "the".</summary>
    private static string? NounAfter(Mention mention)
    {
        var tokens = mention.Paragraph.Tokens;
        var the = mention.EndToken + 1;
        if (the + 1 >= tokens.Count || tokens[mention.EndToken].Value != "," || !tokens[the].Is("the"))
        {
            return null;
        }

        for (var t = the + 1; t < Math.Min(tokens.Count, the + 1 + MaxDescriptionWords); t++)
        {
            if (tokens[t].Kind == TokenKind.Possessive)
            {
                continue;
            }

            if (!tokens[t].IsWord)
            {
                return null;
            }

            if (t + 1 == tokens.Count || (!tokens[t + 1].IsWord && tokens[t + 1].Kind != TokenKind.Possessive) || DescriptionEnds.Contains(tokens[t + 1].Value))
            {
                return tokens[t].Value.ToLowerInvariant();
            }
        }

        return null;
    }
}
