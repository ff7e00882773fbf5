namespace NewsGraph.Graph.Import;

/// <summary>
/// Builds an entity's node from the contributions of the articles that mention it. Every rule is a union or a
/// minimum, so the node is the same whatever order the articles arrive in: the name is the first in ordinal
/// order of the names articles give it, the aliases every other form, the kind the most specific one given.
/// </summary>
internal static class EntityNodes
{
    private const string OtherKind = "OTHER";

    /// <summary>The node after <paramref name="contributions"/> join what <paramref name="existing"/> already holds.</summary>
    public static GraphNode Merge(GraphNode? existing, IReadOnlyCollection<EntityContribution> contributions, string id, string label)
    {
        var names = contributions.Select(c => c.Name).Where(n => n.Length > 0).ToList();
        if (existing?.GetString(Props.Name) is { } existingName)
        {
            names.Add(existingName);
        }

        var name = names.Min(StringComparer.Ordinal) ?? id;
        var forms = contributions.SelectMany(c => c.Forms).Concat(names).Concat(existing?.GetStrings(Props.Aliases) ?? []);
        var properties = new Dictionary<string, object?>
        {
            [Props.Name] = name,
            [Props.Aliases] = forms.Where(f => f != name && f.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList(),
        };
        if (label == NodeLabels.Person)
        {
            properties[Props.Titles] = contributions.SelectMany(c => c.Titles).Concat(existing?.GetStrings(Props.Titles) ?? [])
                .Distinct().Order(StringComparer.Ordinal).ToList();
        }
        else
        {
            properties[Props.Kind] = MostSpecificKind(contributions.Select(c => c.Kind).Append(existing?.GetString(Props.Kind)));
        }

        return new GraphNode(id, label, properties);
    }

    /// <summary>A kind other than OTHER when any article gives one (the first in ordinal order when they differ).</summary>
    private static string MostSpecificKind(IEnumerable<string?> kinds)
    {
        var given = kinds.OfType<string>().Where(k => k.Length > 0).Distinct().ToList();
        return given.Where(k => k != OtherKind).Min(StringComparer.Ordinal) ?? OtherKind;
    }

    /// <summary>The AFFILIATED_WITH edges of a person: one per organization, the titles held there joined in order.</summary>
    public static IEnumerable<GraphEdge> Affiliations(string personId, IEnumerable<string> affiliations) =>
        affiliations
            .Select(EntityContribution.SplitAffiliation)
            .GroupBy(a => a.OrganizationId, StringComparer.Ordinal)
            .Select(g => new GraphEdge(EdgeTypes.AffiliatedWith, personId, g.Key, new Dictionary<string, object?>
            {
                [Props.Role] = string.Join("; ", g.Select(a => a.Title).Distinct().Order(StringComparer.Ordinal)),
            }));
}
