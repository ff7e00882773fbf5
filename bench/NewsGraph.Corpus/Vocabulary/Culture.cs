namespace NewsGraph.Corpus.Vocabulary;

/// <summary>A naming tradition: given names by gender, surnames, the order they are written in, and the countries it is at home in.</summary>
/// <param name="Id">A short name ("yoruba", "korean").</param>
/// <param name="FamilyNameFirst">Whether the family name is written first ("Zhang Wei").</param>
/// <param name="Countries">The countries where most people bearing these names live.</param>
/// <param name="Male">Male given names.</param>
/// <param name="Female">Female given names.</param>
/// <param name="Surnames">Family names.</param>
internal sealed record Culture(string Id, bool FamilyNameFirst, IReadOnlyList<string> Countries, IReadOnlyList<string> Male, IReadOnlyList<string> Female, IReadOnlyList<string> Surnames)
{
    /// <summary>The family name a woman bears where the language inflects it (Polish -ska, Greek -ou).</summary>
    public string FamilyName(string surname, bool female)
    {
        ArgumentNullException.ThrowIfNull(surname);
        if (!female)
        {
            return surname;
        }

        return Id switch
        {
            "polish" when surname.EndsWith("ski", StringComparison.Ordinal) || surname.EndsWith("cki", StringComparison.Ordinal) => surname[..^1] + "a",
            "greek" when surname.EndsWith("os", StringComparison.Ordinal) => surname[..^2] + "ou",
            "greek" when surname.EndsWith("is", StringComparison.Ordinal) => surname[..^1],
            _ => surname,
        };
    }
}
