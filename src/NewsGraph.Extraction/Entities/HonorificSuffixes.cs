namespace NewsGraph.Extraction.Entities;

/// <summary>
/// "Tanaka-san", "Ji-won-ssi", "Morita-sensei": a Japanese or Korean courtesy suffix joined to a name by a hyphen is no
/// part of the name, as "Mr" before one is not. The Japanese ones are read only on a lone word, the short form they
/// follow, since "-chan" or "-san" also ends the given name of a Korean full name ("Lee Hee-chan").
/// </summary>
internal static class HonorificSuffixes
{
    private static readonly string[] AfterShortForm = ["-san", "-sama", "-kun", "-chan", "-sensei", "-senpai"];

    private static readonly string[] AfterAnyName = ["-ssi", "-nim"];

    /// <summary>The name without the courtesy suffix of its last word, or the name itself.</summary>
    public static string Strip(string name)
    {
        var lastWord = name.LastIndexOf(' ') + 1;
        var suffixes = lastWord == 0 ? AfterShortForm.Concat(AfterAnyName) : AfterAnyName;
        var suffix = suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal) && name.Length - s.Length > lastWord);
        return suffix is null ? name : name[..^suffix.Length];
    }
}
