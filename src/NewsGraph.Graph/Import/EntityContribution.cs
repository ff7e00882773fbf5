namespace NewsGraph.Graph.Import;

/// <summary>
/// What one article says about one entity: the name it uses, the other forms, titles and affiliations. It is
/// stored on the article's MENTIONS edge, so the entity's node can always be rebuilt from its evidence.
/// </summary>
/// <param name="Id">The entity's node id.</param>
/// <param name="Label">Person, Organization or Place.</param>
/// <param name="Name">The article's canonical name for it.</param>
/// <param name="Forms">Other forms the article uses.</param>
/// <param name="Kind">Organization or place kind (UPPER_SNAKE_CASE), or null for people.</param>
/// <param name="Count">Mentions in the article.</param>
/// <param name="Titles">Titles held without an organization (people).</param>
/// <param name="Affiliations">Titles held at an organization, as "organization id|title" (people).</param>
internal sealed record EntityContribution(
    string Id,
    string Label,
    string Name,
    IReadOnlyList<string> Forms,
    string? Kind,
    long Count,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Affiliations)
{
    private const char AffiliationSeparator = '|';

    public static string Affiliation(string organizationId, string title) => organizationId + AffiliationSeparator + title;

    public static (string OrganizationId, string Title) SplitAffiliation(string affiliation)
    {
        var separator = affiliation.IndexOf(AffiliationSeparator, StringComparison.Ordinal);
        return (affiliation[..separator], affiliation[(separator + 1)..]);
    }

    /// <summary>The MENTIONS edge from <paramref name="articleId"/> that carries this contribution.</summary>
    public GraphEdge ToMentionsEdge(string articleId) => new(EdgeTypes.Mentions, articleId, Id, new Dictionary<string, object?>
    {
        [Props.Count] = Count,
        [Props.Name] = Name,
        [Props.Forms] = Forms,
        [Props.Kind] = Kind,
        [Props.Titles] = Titles,
        [Props.Affiliations] = Affiliations,
    });

    /// <summary>Reads the contribution back from a MENTIONS edge and the label of its end.</summary>
    public static EntityContribution FromMentionsEdge(GraphEdge edge, string label) => new(
        edge.To,
        label,
        edge.Properties.GetValueOrDefault(Props.Name) as string ?? "",
        Strings(edge, Props.Forms),
        edge.Properties.GetValueOrDefault(Props.Kind) as string,
        edge.Properties.GetValueOrDefault(Props.Count) is long count ? count : 0,
        Strings(edge, Props.Titles),
        Strings(edge, Props.Affiliations));

    private static IReadOnlyList<string> Strings(GraphEdge edge, string key) =>
        edge.Properties.GetValueOrDefault(key) as IReadOnlyList<string> ?? [];
}
