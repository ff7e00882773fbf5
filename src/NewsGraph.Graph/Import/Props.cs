namespace NewsGraph.Graph.Import;

/// <summary>Property names of the nodes and edges the import writes (DESIGN §2), plus the evidence it keeps on edges.</summary>
internal static class Props
{
    public const string Name = "name";
    public const string Aliases = "aliases";
    public const string Kind = "kind";
    public const string Titles = "titles";
    public const string Description = "description";

    public const string Source = "source";
    public const string Title = "title";
    public const string Outlet = "outlet";
    public const string Url = "url";
    public const string PublishedAt = "publishedAt";
    public const string Language = "language";
    public const string WordCount = "wordCount";
    public const string ContentHash = "contentHash";
    public const string ImportedAt = "importedAt";
    public const string Text = "text";

    public const string FirstSeenAt = "firstSeenAt";
    public const string RelayCount = "relayCount";
    public const string AlteredCount = "alteredCount";

    /// <summary>The content words of every wording of a claim: new quotes need to share one to link to it.</summary>
    public const string Keywords = "keywords";

    public const string Count = "count";
    public const string Forms = "forms";
    public const string Affiliations = "affiliations";
    public const string Role = "role";

    public const string Verb = "verb";
    public const string Channel = "channel";
    public const string Wording = "wording";
    public const string Similarity = "similarity";
    public const string Altered = "altered";
    public const string Via = "via";
    public const string Stance = "stance";

    /// <summary>Evidence kept on a RELAYED edge so claims can be linked again when articles come and go.</summary>
    public const string Quote = "quote";
    public const string Unit = "unit";
    public const string Fragment = "fragment";
    public const string Speaker = "speaker";
    public const string SpeakerName = "speakerName";
    public const string SpeakerKind = "speakerKind";
    public const string Cited = "cited";
    public const string CitedKind = "citedKind";
    public const string RespondsToQuote = "respondsToQuote";
    public const string About = "about";
}
