namespace NewsGraph.Extraction;

/// <summary>A person named in an article.</summary>
/// <param name="Name">Canonical name without title, rank or honorific.</param>
/// <param name="Aliases">Shorter forms the article uses (usually the surname).</param>
/// <param name="Mentions">How many times the article mentions the person.</param>
/// <param name="Roles">Titles and affiliations the article gives the person.</param>
public sealed record PersonEntity(string Name, IReadOnlyList<string> Aliases, int Mentions, IReadOnlyList<Role> Roles)
    : NamedEntity(Name, Aliases, Mentions);
