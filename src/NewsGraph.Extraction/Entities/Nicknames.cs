namespace NewsGraph.Extraction.Entities;

/// <summary>
/// "Carmen Valdivieso, whom everyone calls Menchu,", "Eduardo Ramos, known to all as Dodong,": a single name a clause after a
/// person's name gives as what people call them is that person's, there and wherever the article uses it again.
/// </summary>
internal sealed class Nicknames
{
    /// <summary>How far after the person's name the nickname may stand ("Carmen Valdivieso, whom her whole family calls Menchu").</summary>
    private const int MaxWordsFromName = 8;

    // The words of the clause between the comma and the verb: "whom everyone calls", "known to all as", "called by friends".
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "whom", "everyone", "everybody", "all", "to", "her", "his", "their", "friends", "family", "whole", "also", "is", "was",
        "widely", "locally", "universally", "affectionately", "known",
    };

    private readonly Dictionary<string, string> _people = new(StringComparer.Ordinal);

    /// <summary>
    /// The person whose nickname <paramref name="mention"/> is: given right here after <paramref name="last"/>, the person
    /// named last, or given earlier in the article; null if none.
    /// </summary>
    public string? PersonOf(Mention mention, (Mention Mention, string Person)? last)
    {
        if (mention.EndToken - mention.FirstToken != 1)
        {
            return null;
        }

        if (last is { } named && Introduces(named.Mention, mention))
        {
            _people[mention.Name] = named.Person;
        }

        return _people.GetValueOrDefault(mention.Name);
    }

    private static bool Introduces(Mention named, Mention nickname)
    {
        var tokens = nickname.Paragraph.Tokens;
        var comma = named.EndToken;
        if (named.Paragraph != nickname.Paragraph || comma >= tokens.Count || tokens[comma].Value != ","
            || nickname.FirstToken - comma > MaxWordsFromName)
        {
            return false;
        }

        var verb = nickname.FirstToken - 1;
        var naming = tokens[verb].Value is "calls" or "call" or "called" or "nicknamed" || (tokens[verb].Is("as") && Enumerable.Range(comma, verb - comma).Any(t => tokens[t].Is("known")));
        return naming && Enumerable.Range(comma + 1, verb - comma - 1).All(t => ClauseWords.Contains(tokens[t].Value));
    }
}
