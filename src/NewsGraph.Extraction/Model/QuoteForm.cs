namespace NewsGraph.Extraction;

/// <summary>How a quote sits in its sentence.</summary>
public enum QuoteForm
{
    /// <summary>A quotation that stands as the speaker's words.</summary>
    Full,
    /// <summary>A few quoted words inside the writer's paraphrase ("said troops were "gorging on" it").</summary>
    Fragment,
}
