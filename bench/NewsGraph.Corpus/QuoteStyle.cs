namespace NewsGraph.Corpus;

/// <summary>How an article attributes a quote.</summary>
public enum QuoteStyle
{
    /// <summary><c>"…," Dlamini said.</c> (or "she said", or "Energy Minister Zanele Dlamini said").</summary>
    SaidAfter,

    /// <summary><c>Dlamini said: "…"</c></summary>
    SaidBefore,

    /// <summary><c>"…," said Zanele Dlamini, South Africa's energy minister.</c></summary>
    SaidInverted,

    /// <summary><c>"…," Dlamini told Continental Wire.</c></summary>
    Told,

    /// <summary><c>"A," Dlamini said. "B."</c>: one statement in two quoted spans.</summary>
    Split,

    /// <summary><c>According to Dlamini, "…"</c></summary>
    AccordingTo,

    /// <summary>A paraphrase quoting a few words: <c>Dlamini called the tariff "dead on arrival".</c></summary>
    Fragment,

    /// <summary>An organization's statement: <c>The Ministry of Energy said in a statement: "…"</c></summary>
    OrganizationStatement,
}
