namespace NewsGraph.Extraction;

/// <summary>What sort of speaker or source a <see cref="SpeakerRef"/> is.</summary>
public enum SpeakerKind
{
    /// <summary>A named person.</summary>
    Person,
    /// <summary>An organization speaking as a body ("the Kremlin said").</summary>
    Organization,
    /// <summary>An unnamed source ("a senior official").</summary>
    Anonymous,
}
