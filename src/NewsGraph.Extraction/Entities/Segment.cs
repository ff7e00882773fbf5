using NewsGraph.Extraction.Knowledge;

namespace NewsGraph.Extraction.Entities;

/// <summary>A piece of a capitalised run: a known phrase, title words, or unknown (name) words.</summary>
internal readonly record struct Segment(SegmentKind Kind, int FirstToken, int EndToken, GazetteerEntry? Entry = null, bool HasTitleHead = false);

/// <summary>What a <see cref="Segment"/> is.</summary>
internal enum SegmentKind
{
    Known,
    Title,
    Name,
}
