namespace NewsGraph.Extraction.Entities;

/// <summary>
/// "Mrs Teodora Vasquez ... her daughter, Paulina Vasquez ... Mrs Vasquez said": relatives who share a surname are told apart by
/// the honorific each was introduced with, so a surname under an honorific means the person the text last introduced,
/// full name and all, with that same honorific ("Mrs" is not "Ms"; "Mr." is "Mr").
/// </summary>
internal sealed class HonorificIntroductions
{
    private readonly Dictionary<(string Honorific, string Person), int> _lastIntroduced = [];
    private int _count;

    /// <summary>Notes <paramref name="mention"/>, resolved to <paramref name="person"/>, if it gives a full name under an honorific.</summary>
    public void Note(Mention mention, string person)
    {
        _count++;
        if (EntityNames.Words(mention.Name).Length >= 2 && NameGender.HonorificBefore(mention) is { } honorific)
        {
            _lastIntroduced[(Key(honorific), person)] = _count;
        }
    }

    /// <summary>Of <paramref name="candidates"/>, the one last introduced with the honorific <paramref name="mention"/> is written with, or null.</summary>
    public string? LastIntroduced(Mention mention, IEnumerable<string> candidates)
    {
        if (NameGender.HonorificBefore(mention) is not { } honorific)
        {
            return null;
        }

        var key = Key(honorific);
        string? last = null;
        var lastAt = 0;
        foreach (var candidate in candidates)
        {
            if (_lastIntroduced.GetValueOrDefault((key, candidate)) is var at && at > lastAt)
            {
                (last, lastAt) = (candidate, at);
            }
        }

        return last;
    }

    private static string Key(string honorific) => honorific.ToUpperInvariant();
}
