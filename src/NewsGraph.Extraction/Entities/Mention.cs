using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>One place in the text that names an entity.</summary>
/// <param name="Type">Person, organization or place.</param>
/// <param name="Name">The name it gives: canonical for known entities, titles stripped for people.</param>
/// <param name="Paragraph">The paragraph it is in.</param>
/// <param name="FirstToken">Its first token (of the name, titles excluded).</param>
/// <param name="EndToken">One past its last token.</param>
internal sealed record Mention(EntityType Type, string Name, Paragraph Paragraph, int FirstToken, int EndToken)
{
    /// <summary>The words as written.</summary>
    public string Surface => Paragraph.Slice(FirstToken, EndToken);

    public OrganizationKind OrganizationKind { get; init; }

    public PlaceKind PlaceKind { get; init; }

    /// <summary>The country a place lies in, where the gazetteer knows it.</summary>
    public string? Country { get; init; }

    /// <summary>A single capitalised word that is nothing known: kept only if it turns out to be a person's name.</summary>
    public bool IsTentative { get; init; }

    /// <summary>A tentative word right before "said", "told"...: an organization speaking when it is no one's name ("KenGen said").</summary>
    public bool BeforeSpeechVerb { get; init; }

    /// <summary>A tentative word right after "in", "near", "outside": a place when it is no one's name.</summary>
    public bool AfterLocative { get; init; }

    /// <summary>Title words written before the name inside its capitalised run ("Army Lt. Col.", "President").</summary>
    public string? InnerTitle { get; init; }

    /// <summary>The first token of the inner title, or of the name when there is none.</summary>
    public int TitleFirstToken { get; init; } = -1;

    /// <summary>Where the mention starts, inner title included.</summary>
    public int LeadToken => TitleFirstToken >= 0 ? TitleFirstToken : FirstToken;
}
