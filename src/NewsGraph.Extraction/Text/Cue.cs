namespace NewsGraph.Extraction.Text;

/// <summary>
/// A line in square brackets ("[APPLAUSE]", "[CLIP 2 — Ana Ruiz, in Spanish, 0'11\"]", "[SOT: Ana Ruiz, mayor]"): a
/// stage or production cue of a transcript or broadcast script, never wrapped prose.
/// </summary>
internal static class Cue
{
    public static bool Is(string line) => line.Length > 2 && line[0] == '[' && line[^1] == ']';
}
