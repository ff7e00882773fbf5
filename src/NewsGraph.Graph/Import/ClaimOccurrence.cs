using NewsGraph.Graph.Linking;

namespace NewsGraph.Graph.Import;

/// <summary>
/// One statement unit as an article quotes it, with everything the article says about it. It is kept on the
/// article's RELAYED edge, so claims can be linked again from their evidence when articles arrive or leave.
/// </summary>
/// <param name="Occurrence">Article, quote, unit, speaker key and wording, for the linker.</param>
/// <param name="SpeakerName">How the speaker is named, or null.</param>
/// <param name="SpeakerKind">PERSON, ORGANIZATION or ANONYMOUS, or null.</param>
/// <param name="Verb">The attribution verb, or null.</param>
/// <param name="Channel">Where it was said, or null.</param>
/// <param name="Via">The node id of the intermediary outlet credited, or null.</param>
/// <param name="Cited">The source the speaker leans on, or null.</param>
/// <param name="CitedKind">PERSON, ORGANIZATION or ANONYMOUS, or null.</param>
/// <param name="Stance">How the quote responds to another quote of the article, or null.</param>
/// <param name="RespondsToQuote">The index of the quote responded to, or null.</param>
/// <param name="PublishedAt">The article's publication date (ISO), or null.</param>
/// <param name="About">Node ids of the entities named in the wording.</param>
internal sealed record ClaimOccurrence(
    StatementOccurrence Occurrence,
    string? SpeakerName,
    string? SpeakerKind,
    string? Verb,
    string? Channel,
    string? Via,
    string? Cited,
    string? CitedKind,
    string? Stance,
    long? RespondsToQuote,
    string? PublishedAt,
    IReadOnlyList<string> About)
{
    public (string Article, int Quote, int Unit) Key => (Occurrence.Article, Occurrence.Quote, Occurrence.Unit);

    /// <summary>The RELAYED edge that records this occurrence in its claim.</summary>
    public GraphEdge ToRelayedEdge(string claimId, LinkedOccurrence linked) => new(EdgeTypes.Relayed, Occurrence.Article, claimId, new Dictionary<string, object?>
    {
        [Props.Wording] = Occurrence.Wording,
        [Props.Similarity] = linked.Similarity,
        [Props.Altered] = linked.Altered,
        [Props.Via] = Via,
        [Props.Quote] = (long)Occurrence.Quote,
        [Props.Unit] = (long)Occurrence.Unit,
        [Props.Fragment] = Occurrence.IsFragment,
        [Props.Speaker] = Occurrence.Speaker,
        [Props.SpeakerName] = SpeakerName,
        [Props.SpeakerKind] = SpeakerKind,
        [Props.Verb] = Verb,
        [Props.Channel] = Channel,
        [Props.Cited] = Cited,
        [Props.CitedKind] = CitedKind,
        [Props.Stance] = Stance,
        [Props.RespondsToQuote] = RespondsToQuote,
        [Props.PublishedAt] = PublishedAt,
        [Props.About] = About,
    });

    /// <summary>Reads an occurrence back from its RELAYED edge.</summary>
    public static ClaimOccurrence FromRelayedEdge(GraphEdge edge)
    {
        var p = edge.Properties;
        string? S(string key) => p.GetValueOrDefault(key) as string;
        long? L(string key) => p.GetValueOrDefault(key) is long value ? value : null;
        var occurrence = new StatementOccurrence(
            edge.From,
            (int)(L(Props.Quote) ?? 0),
            (int)(L(Props.Unit) ?? 0),
            S(Props.Speaker),
            S(Props.Wording) ?? "",
            p.GetValueOrDefault(Props.Fragment) is true);
        return new ClaimOccurrence(
            occurrence,
            S(Props.SpeakerName),
            S(Props.SpeakerKind),
            S(Props.Verb),
            S(Props.Channel),
            S(Props.Via),
            S(Props.Cited),
            S(Props.CitedKind),
            S(Props.Stance),
            L(Props.RespondsToQuote),
            S(Props.PublishedAt),
            p.GetValueOrDefault(Props.About) as IReadOnlyList<string> ?? []);
    }
}
