namespace NewsGraph.Extraction.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    /// <summary>Letters (with inner apostrophes and hyphens), or an abbreviation with its periods ("U.S.", "Lt.").</summary>
    Word,
    /// <summary>Digits, with inner separators ("10,000", "2.5").</summary>
    Number,
    /// <summary>The possessive ending split off a word ("'s", "’s", or a lone "’" after a plural).</summary>
    Possessive,
    /// <summary>A quotation mark.</summary>
    Quote,
    /// <summary>Any other punctuation or symbol, one character.</summary>
    Punctuation,
}
