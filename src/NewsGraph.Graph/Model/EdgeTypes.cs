namespace NewsGraph.Graph;

/// <summary>The relationship types of the NewsGraph model (DESIGN §2).</summary>
public static class EdgeTypes
{
    /// <summary>(Person|Organization|AnonymousSource)-[:STATED {verb, channel}]->(Claim).</summary>
    public const string Stated = "STATED";

    /// <summary>(Article|Person|Organization)-[:RELAYED {wording, similarity, altered, via}]->(Claim).</summary>
    public const string Relayed = "RELAYED";

    /// <summary>(Claim)-[:CITES]->(AnonymousSource|Person|Organization).</summary>
    public const string Cites = "CITES";

    /// <summary>(Claim)-[:RESPONDS_TO {stance}]->(Claim).</summary>
    public const string RespondsTo = "RESPONDS_TO";

    /// <summary>(Claim)-[:ABOUT]->(Person|Organization|Place).</summary>
    public const string About = "ABOUT";

    /// <summary>(Article)-[:PUBLISHED_BY]->(Organization).</summary>
    public const string PublishedBy = "PUBLISHED_BY";

    /// <summary>(Article)-[:CREDITS]->(Organization).</summary>
    public const string Credits = "CREDITS";

    /// <summary>(Article)-[:MENTIONS {count}]->(Person|Organization|Place).</summary>
    public const string Mentions = "MENTIONS";

    /// <summary>(Person)-[:AFFILIATED_WITH {role}]->(Organization).</summary>
    public const string AffiliatedWith = "AFFILIATED_WITH";

    /// <summary>(Place)-[:LOCATED_IN]->(Place).</summary>
    public const string LocatedIn = "LOCATED_IN";

    /// <summary>Every type, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Stated, Relayed, Cites, RespondsTo, About, PublishedBy, Credits, Mentions, AffiliatedWith, LocatedIn];
}
