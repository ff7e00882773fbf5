namespace NewsGraph.Extraction.Entities;

/// <summary>
/// "Andrade Fortes said" after "Rui Manuel Andrade Fortes", "Lopes Nunes" after "Ana Lopes Nunes": a double surname
/// whose last word is a plural noun reads alone as a team's name; where it ends a fuller name of a person in the
/// same article, it is that person.
/// </summary>
internal static class SurnamesReadAsOrganizations
{
    /// <summary>The mentions, each organization's whose name ends a longer person's name of the article made a person's.</summary>
    public static List<Mention> Restore(List<Mention> mentions)
    {
        var people = new CoveringNames(mentions.Where(m => m is { Type: EntityType.Person, IsTentative: false }).Select(m => m.Name).Distinct());
        return [.. mentions.Select(m => m.Type == EntityType.Organization && m.OrganizationKind == OrganizationKind.Other && EndsPersonName(m.Name, people)
            ? m with { Type = EntityType.Person, IsTentative = false }
            : m)];
    }

    private static bool EndsPersonName(string name, CoveringNames people)
    {
        var key = EntityNames.Key(name);
        return key.Contains(' ', StringComparison.Ordinal)
            && people.Covering(name).Any(p => EntityNames.Key(p) is var person && person.Length > key.Length && person.EndsWith(" " + key, StringComparison.Ordinal));
    }
}
