namespace NewsGraph.Extraction;

/// <summary>Text decoded from bytes, with what was wrong with the encoding.</summary>
/// <param name="Text">The decoded text; invalid bytes became U+FFFD.</param>
/// <param name="Warnings">Encoding problems, each naming the byte offset where it was found.</param>
public sealed record DecodedText(string Text, IReadOnlyList<string> Warnings);
