namespace NewsGraph.Extraction.Text;

/// <summary>A token of a paragraph: its place in the paragraph's text and its kind.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The token's text.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, string Value)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>
    /// A word whose first letter is upper case ("Kyiv", "U.S.", "GZERO", "ʻAna" after its ʻokina; "al-Assad" is not).
    /// </summary>
    public bool IsCapitalized => Kind == TokenKind.Word
        && (char.IsUpper(Value[0]) || (Value.Length > 1 && char.GetUnicodeCategory(Value[0]) == System.Globalization.UnicodeCategory.ModifierLetter && char.IsUpper(Value[1])));

    public bool Is(string text) => string.Equals(Value, text, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Value;
}
