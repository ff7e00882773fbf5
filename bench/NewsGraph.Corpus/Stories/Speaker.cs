namespace NewsGraph.Corpus.Stories;

/// <summary>Someone a story quotes: a person with a role, or an organization speaking in its own name.</summary>
/// <param name="Name">The canonical name: the person's full name without title, or the organization's name.</param>
/// <param name="IsOrganization">Whether an organization speaks (in a statement) rather than a person.</param>
/// <param name="FamilyName">The name used alone on later mentions (the family name); for an organization, its name.</param>
/// <param name="Female">The person's gender, for pronouns.</param>
/// <param name="Organization">The organization the speaker belongs to (or is).</param>
/// <param name="Appositive">The role as an appositive ("Kenya's transport minister").</param>
/// <param name="PreTitle">The role as a title before the name ("Transport Minister"), or null when it reads badly there.</param>
/// <param name="Stance">Which statements suit the speaker: official, challenger, industry or expert.</param>
internal sealed record Speaker(string Name, bool IsOrganization, string FamilyName, bool Female, string Organization, string Appositive, string? PreTitle, string Stance);
