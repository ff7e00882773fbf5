namespace NewsGraph.Graph;

/// <summary>How one relay carries its claim; every relay has exactly one kind, tested in this order.</summary>
public enum RelayKind
{
    /// <summary>The wording departs from the canonical one (the RELAYED edge's <c>altered</c> is true).</summary>
    Altered,
    /// <summary>Not altered, but in the writer's words: a quoted fragment (<c>fragment</c> true) or a claim of kind <c>PARAPHRASE</c>.</summary>
    Paraphrase,
    /// <summary>Any other relay: the speaker's words, quoted whole.</summary>
    Quote,
}
