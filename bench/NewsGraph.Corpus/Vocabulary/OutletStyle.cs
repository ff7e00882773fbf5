namespace NewsGraph.Corpus.Vocabulary;

/// <summary>How an outlet lays out and punctuates its articles.</summary>
public enum OutletStyle
{
    /// <summary>Wire copy: timestamp line, "CITY, Month d (Outlet) - " dateline, "(Reporting by ...)" credits, straight quotes.</summary>
    Wire,

    /// <summary>Agency copy: "Published ..." line, "CITY (Outlet) — " dateline, a contributor line, straight quotes.</summary>
    Agency,

    /// <summary>A news web page: navigation words, section label, byline, curly quotes, copyright notice.</summary>
    Web,

    /// <summary>A British paper: masthead in capitals, standfirst, single curly quotes, Mr and Ms.</summary>
    British,

    /// <summary>An analysis newsletter: outlet and date on one line, curly quotes, no dateline.</summary>
    Digest,
}
