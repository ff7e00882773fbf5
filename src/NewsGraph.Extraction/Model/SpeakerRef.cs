namespace NewsGraph.Extraction;

/// <summary>Who said (or is cited for) something.</summary>
/// <param name="Name">The canonical name; for an anonymous source, how the text describes it.</param>
/// <param name="Kind">Person, organization or anonymous source.</param>
public sealed record SpeakerRef(string Name, SpeakerKind Kind)
{
    /// <summary>The form the extraction contract prints: the name, or "anonymous: description".</summary>
    public string Display => Kind == SpeakerKind.Anonymous ? "anonymous: " + Name : Name;
}
