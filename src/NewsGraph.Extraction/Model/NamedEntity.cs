namespace NewsGraph.Extraction;

/// <summary>A person, organization or place, once per article.</summary>
/// <param name="Name">The canonical (fullest) name, without titles.</param>
/// <param name="Aliases">Other forms the article uses for it, canonical name excluded.</param>
/// <param name="Mentions">How many times the article mentions it.</param>
public abstract record NamedEntity(string Name, IReadOnlyList<string> Aliases, int Mentions);
