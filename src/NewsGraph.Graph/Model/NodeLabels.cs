namespace NewsGraph.Graph;

/// <summary>The node labels of the NewsGraph model (DESIGN §2).</summary>
public static class NodeLabels
{
    /// <summary>A news article. Properties: source, title, outlet, url, publishedAt, language, wordCount, contentHash, importedAt, text.</summary>
    public const string Article = "Article";

    /// <summary>A person. Properties: name, aliases.</summary>
    public const string Person = "Person";

    /// <summary>An organization. Properties: name, aliases, kind.</summary>
    public const string Organization = "Organization";

    /// <summary>A place. Properties: name, aliases, kind.</summary>
    public const string Place = "Place";

    /// <summary>An unnamed source. Properties: description.</summary>
    public const string AnonymousSource = "AnonymousSource";

    /// <summary>A statement. Properties: text, kind, firstSeenAt, relayCount, alteredCount.</summary>
    public const string Claim = "Claim";

    /// <summary>Every label, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } = [Article, Person, Organization, Place, AnonymousSource, Claim];
}
