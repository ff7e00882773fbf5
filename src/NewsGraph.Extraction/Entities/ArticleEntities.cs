namespace NewsGraph.Extraction.Entities;

/// <summary>The entities of one article, and which mention belongs to which person.</summary>
/// <param name="People">Each person once.</param>
/// <param name="Organizations">Each organization once.</param>
/// <param name="Places">Each place once.</param>
/// <param name="PersonMentions">Every mention that names a person (tentative ones resolved), in text order, with that person's canonical name.</param>
/// <param name="OrganizationMentions">Every mention of an organization, in text order, with its canonical name.</param>
internal sealed record ArticleEntities(
    IReadOnlyList<PersonEntity> People,
    IReadOnlyList<OrganizationEntity> Organizations,
    IReadOnlyList<PlaceEntity> Places,
    IReadOnlyList<(Mention Mention, string Person)> PersonMentions,
    IReadOnlyList<(Mention Mention, string Organization)> OrganizationMentions)
{
    /// <summary>The canonical name of the person a name (full, surname, given name) refers to in this article, if exactly one fits.</summary>
    public string? FindPerson(string name)
    {
        var key = Key(name);
        var exact = People.FirstOrDefault(p => Key(p.Name) == key || p.Aliases.Any(a => Key(a) == key));
        if (exact is not null)
        {
            return exact.Name;
        }

        var words = key.Split(' ');
        var matches = People.Where(p => words.All(w => Key(p.Name).Split(' ').Contains(w))).ToList();
        return matches.Count == 1 ? matches[0].Name : null;
    }

    /// <summary>The canonical name of an organization a name refers to in this article.</summary>
    public string? FindOrganization(string name)
    {
        var key = Key(name);
        return Organizations.FirstOrDefault(o => Key(o.Name) == key || o.Aliases.Any(a => Key(a) == key))?.Name;
    }

    private static string Key(string name) => EntityNames.Key(name);
}
