namespace NewsGraph.Extraction.Entities;

/// <summary>
/// "Helen and Arvid Sundqvist", "Albertina and Manuel Sousa": a couple or siblings written with one surname, which
/// belongs to the given name before "and" as much as to the full name after it ("Kim and President Vladimir Putin" is
/// no couple: a title says the name after "and" stands alone).
/// </summary>
internal static class SharedSurnames
{
    /// <summary>Gives each lone given name joined by "and" to a person's full name that name's surname.</summary>
    public static List<Mention> Join(List<Mention> mentions, Func<string, bool> isGivenName)
    {
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (given, full) = (mentions[k], mentions[k + 1]);
            var words = full.Name.Split(' ');
            if (given is { Type: EntityType.Person, IsTentative: true } && given.EndToken - given.FirstToken == 1 && isGivenName(given.Name)
                && full is { Type: EntityType.Person, IsTentative: false } && words.Length >= 2 && full.Paragraph == given.Paragraph
                && full.FirstToken == given.EndToken + 1 && full.InnerTitle is null && given.Paragraph.Tokens[given.EndToken].Is("and"))
            {
                mentions[k] = given with { Name = given.Name + " " + string.Join(' ', words[1..]), IsTentative = false };
            }
        }

        return mentions;
    }
}
