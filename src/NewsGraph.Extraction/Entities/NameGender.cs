using System.Collections.Frozen;
using NewsGraph.Extraction.Knowledge;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// The gender a name shows by its form alone, whatever the text around it says: surname forms only a woman
/// (Nováková, Veselá, Kowalska, Kazlauskienė, Papadopoulou, Jónsdóttir) or only a man (Veselý) bears, and the
/// Vietnamese middle names Thị and Văn; and the gender of an honorific (Mr, Ms, Signora, Kyria).
/// </summary>
internal static class NameGender
{
    // Czech and Slovak -ová and adjectival -á/-ý, Polish -ska/-cka/-dzka, Russian -skaya, Lithuanian -ienė (married) and
    // -aitė/-ytė/-iūtė/-utė (unmarried), Greek -poulou/-idou/-iadou, Icelandic -dóttir. A man's Polish or Russian form
    // (-ski, -sky) is no evidence: women of the diaspora keep it.
    private static readonly string[] FeminineSurnameEndings =
        ["ová", "ská", "cká", "ska", "cka", "dzka", "skaya", "skaia", "ienė", "aitė", "ytė", "iūtė", "utė", "poulou", "idou", "iadou", "dóttir", "dottir"];

    private static readonly FrozenSet<string> MaleHonorifics = FrozenSet.ToFrozenSet(
        ["Mr", "Mr.", "Sir", "Lord", "King", "Prince", "Herr", "Monsieur", "Señor", "Signor", "Senhor", "Sr.", "Mijnheer", "Meneer", "Kyrios", "Gospodin", "Shri", "Bapak", "Pak", "Haji", "Alhaji", "Ratu", "Ato", "Nhô"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FemaleHonorifics = FrozenSet.ToFrozenSet(
        ["Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "Queen", "Princess", "Frau", "Fräulein", "Madame", "Mme", "Mme.", "Mademoiselle", "Mlle", "Mlle.",
         "Señora", "Señorita", "Doña", "Signora", "Signorina", "Senhora", "Sra.", "Srta.", "Mevrouw", "Kyria", "Gospozha", "Shrimati", "Smt.", "Datin", "Ibu", "Bu", "Mbak", "Alhaja", "Hajia", "Hajjah", "Hajah", "Dona", "Nha", "Weyzero"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The gender <paramref name="name"/>'s form shows, or null where it shows none.</summary>
    public static Gender? OfForm(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 3 && words[1..^1].Any(w => w == "Thị"))
        {
            return Gender.Female;
        }

        if (words.Length >= 3 && words[1..^1].Any(w => w == "Văn"))
        {
            return Gender.Male;
        }

        var surnames = words.Length >= 2 ? words[^1].Split('-') : [];
        return surnames.Any(IsFeminineSurname) ? Gender.Female
            : surnames.Any(s => s.Length >= 4 && s.EndsWith('ý')) ? Gender.Male
            : null;
    }

    /// <summary>The gender of a courtesy title: male for "Mr" and "Signor", female for "Ms" and "Kyria", null for any other word.</summary>
    public static Gender? OfHonorific(string word) =>
        MaleHonorifics.Contains(word) ? Gender.Male : FemaleHonorifics.Contains(word) ? Gender.Female : null;

    /// <summary>The gender of the honorific a mention is written with ("Ms. Novák", "Signor Rossi"), or null.</summary>
    public static Gender? OfHonorificBefore(Mention mention) => OfHonorific(WordBefore(mention));

    /// <summary>The honorific a mention is written with, without its full stop ("Mrs" for "Mrs. Vasquez"), or null.</summary>
    public static string? HonorificBefore(Mention mention) =>
        WordBefore(mention) is var word && OfHonorific(word) is not null ? word.TrimEnd('.') : null;

    private static string WordBefore(Mention mention) =>
        mention.InnerTitle?.Split(' ')[0] ?? (mention.LeadToken > 0 ? mention.Paragraph.Tokens[mention.LeadToken - 1].Value : "");

    /// <summary>The gender of a name by its form, else by its given name.</summary>
    public static Gender Of(string name, Gazetteer gazetteer) => OfForm(name) ?? OfGivenName(name, gazetteer);

    /// <summary>The gender the name lists give its given name; unknown for a name written family name first, whose first word is no given name.</summary>
    public static Gender OfGivenName(string name, Gazetteer gazetteer) =>
        FamilyNameFirst(name) ? Gender.Unknown : gazetteer.GenderOf(name.Split(' ')[0]);

    // Czech and Slovak adjectival surnames end in -á after a consonant for a woman (Veselá, Černá); "Sá" is too short to tell.
    private static bool IsFeminineSurname(string surname) =>
        FeminineSurnameEndings.Any(e => surname.Length > e.Length + 1 && surname.EndsWith(e, StringComparison.Ordinal))
        || (surname.Length >= 4 && surname.EndsWith('á') && !IsVowel(surname[^2]));

    private static bool IsVowel(char c) => "aeiouyáéíóúýěů".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    /// <summary>
    /// "Park Seo-yeon", "Kim Jong Un": names written family name first, whose first word is no given name to read a
    /// gender from — a hyphenated syllable pair at the end, or three short words.
    /// </summary>
    private static bool FamilyNameFirst(string name)
    {
        var words = name.Split(' ');
        var last = words[^1];
        var hyphen = last.IndexOf('-', StringComparison.Ordinal);
        return (words.Length >= 2 && hyphen > 0 && hyphen + 1 < last.Length && char.IsLower(last[hyphen + 1]))
            || (words.Length == 3 && words.All(w => w.Length <= 4));
    }
}
