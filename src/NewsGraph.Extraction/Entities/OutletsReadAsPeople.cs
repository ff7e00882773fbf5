namespace NewsGraph.Extraction.Entities;

/// <summary>
/// "he told the Polish daily Przegląd Sportowy" ... "asked by Przegląd Sportowy whether": a name the article shows to be
/// a news outlet (by a noun of type, a channel word or its head) is that outlet wherever else it stands alone, though
/// its words there look like a person's.
/// </summary>
internal static class OutletsReadAsPeople
{
    /// <summary>The mentions, each untitled person's that bears an outlet's name made that outlet's.</summary>
    public static List<Mention> Restore(List<Mention> mentions)
    {
        var outlets = mentions.Where(m => m is { Type: EntityType.Organization, OrganizationKind: OrganizationKind.NewsOutlet })
            .Select(m => EntityNames.Key(m.Name))
            .ToHashSet(StringComparer.Ordinal);
        if (outlets.Count == 0)
        {
            return mentions;
        }

        return [.. mentions.Select(m => m is { Type: EntityType.Person, InnerTitle: null } && outlets.Contains(EntityNames.Key(m.Name))
            ? m with { Type = EntityType.Organization, IsTentative = false, OrganizationKind = OrganizationKind.NewsOutlet }
            : m)];
    }
}
