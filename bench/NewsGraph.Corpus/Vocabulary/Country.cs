namespace NewsGraph.Corpus.Vocabulary;

/// <summary>A country stories can happen in.</summary>
/// <param name="Name">Its name as the gazetteer writes it.</param>
/// <param name="Demonym">The adjective ("Kenyan").</param>
/// <param name="Cities">Its largest cities, largest first.</param>
/// <param name="Cultures">The naming traditions at home there, the first the most common.</param>
internal sealed record Country(string Name, string Demonym, IReadOnlyList<string> Cities, IReadOnlyList<Culture> Cultures)
{
    private static readonly HashSet<string> WithArticle = new(StringComparer.Ordinal)
    {
        "Philippines", "Netherlands", "United Kingdom", "United States", "United Arab Emirates", "Gambia", "Czech Republic",
    };

    /// <summary>The name as running text writes it ("the Philippines", "Kenya").</summary>
    public string InText => WithArticle.Contains(Name) ? "the " + Name : Name;

    /// <summary>The possessive ("Kenya's", "the Philippines'").</summary>
    public string Possessive => InText.EndsWith('s') ? InText + "'" : InText + "'s";

    /// <summary>The adjective among a country's demonyms: singular, and the longest ("Polish" over "Pole", "Philippine" over "Filipino").</summary>
    public static string ChooseDemonym(IReadOnlyList<string> demonyms, string fallback)
    {
        ArgumentNullException.ThrowIfNull(demonyms);
        return demonyms
            .Where(d => !(d.EndsWith('s') && demonyms.Any(other => other.Length < d.Length && d.StartsWith(other, StringComparison.Ordinal))))
            .OrderByDescending(d => d.Length)
            .ThenBy(d => d, StringComparer.Ordinal)
            .FirstOrDefault() ?? fallback;
    }
}
