using System.Collections.Frozen;

namespace NewsGraph.Extraction.Text;

/// <summary>
/// Splits a paragraph into tokens. Keeps abbreviations whole ("U.S.", "Lt.", initials), splits the possessive off
/// ("Russia" + "'s"), and tells an apostrophe in a word from a single quotation mark.
/// </summary>
internal static class Tokenizer
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Gens", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Cdr",
        "Cpl", "Pvt", "Pfc", "Spc", "Brig", "Ens", "Rep", "Reps", "Sen", "Sens", "Gov", "Govs", "Rev", "Hon", "Fr",
        "Msgr", "Supt", "Insp", "Det", "Sr", "Jr", "St", "Mt", "Ft", "Inc", "Co", "Corp", "Ltd", "Pte", "Pty", "Lda", "Ltda", "Bros", "No", "Nos",
        "vs", "etc", "al", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Ave", "Blvd", "Dept", "Univ", "Assn", "Est",
    ], StringComparer.Ordinal);

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var openSingleQuotes = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, tokens);
            }
            else if (Characters.IsWordCharacter(c))
            {
                i = ReadWord(text, i, tokens, openSingleQuotes > 0);
            }
            else if (Characters.IsSingleQuote(c))
            {
                var opens = IsOpeningSingleQuote(text, i);
                openSingleQuotes = Math.Max(0, openSingleQuotes + (opens ? 1 : -1));
                tokens.Add(new Token(i, 1, TokenKind.Quote, text[i..(i + 1)]));
                i++;
            }
            else
            {
                var kind = Characters.IsDoubleQuote(c) ? TokenKind.Quote : TokenKind.Punctuation;
                tokens.Add(new Token(i, 1, kind, text[i..(i + 1)]));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>A single quote opens when it follows a space or opening punctuation and precedes a word.</summary>
    private static bool IsOpeningSingleQuote(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '"' or '\u201C' or '\u2014' or '\u2013')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static int ReadNumber(string text, int start, List<Token> tokens)
    {
        var i = start;
        while (i < text.Length && (char.IsDigit(text[i])
            || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        // "1990s", "5th": the letters belong to the number.
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        tokens.Add(new Token(start, i - start, TokenKind.Number, text[start..i]));
        return i;
    }

    private static int ReadWord(string text, int start, List<Token> tokens, bool insideSingleQuotes)
    {
        var i = start;
        var part = start;
        var dotted = false;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (Characters.IsWordCharacter(c))
            {
                i++;
            }
            else if (Characters.IsApostrophe(c) && char.IsLetter(next) && !IsPossessiveS(text, i))
            {
                i++;
            }
            else if (c == '-' && Characters.IsWordCharacter(next))
            {
                // Each part of a hyphenated word may be dotted letters: "D-N.Y.", "R-Calif.".
                i++;
                part = i;
            }
            else if (c == '.' && char.IsLetter(next) && (i - part == 1 || dotted) && i + 2 <= text.Length
                     && (i + 2 == text.Length || !char.IsLetter(text[i + 2]) || text[i + 2] == '.'))
            {
                // "U.S", "a.m", "e.g": single letters joined by periods.
                dotted = true;
                i++;
            }
            else
            {
                break;
            }
        }

        var word = text[start..i];
        if (i < text.Length && text[i] == '.' && (dotted || Abbreviations.Contains(word) || (IsInitial(word) && (!AfterPreposition(tokens) || NameFollows(text, i + 1)))))
        {
            i++;
            word = text[start..i];
        }

        tokens.Add(new Token(start, i - start, TokenKind.Word, word));
        return ReadPossessive(text, i, tokens, insideSingleQuotes);
    }

    private static bool IsInitial(string word) => word.Length == 1 && char.IsUpper(word[0]);

    /// <summary>"on X." ends a sentence; "said J. Smith" and "John F. Kennedy" hold initials.</summary>
    private static bool AfterPreposition(List<Token> tokens) =>
        tokens.Count > 0 && Prepositions.Contains(tokens[^1].Value);

    /// <summary>
    /// "from R. Devi, the captain", "to R. Devi's", "by R. K. Devi": after a preposition, a letter is still an initial when
    /// a name follows it, that is another initial or a capitalised word that is not a sentence adverb, set off by a
    /// comma or a possessive ("on X. Later, …" ends the sentence).
    /// </summary>
    private static bool NameFollows(string text, int i)
    {
        if (i + 1 >= text.Length || text[i] != ' ' || !char.IsUpper(text[i + 1]))
        {
            return false;
        }

        var end = i + 1;
        while (end < text.Length && Characters.IsWordCharacter(text[end]))
        {
            end++;
        }

        var word = text[(i + 1)..end];
        return word.Length == 1
            ? end < text.Length && text[end] == '.'
            : end < text.Length && (text[end] == ',' || (Characters.IsApostrophe(text[end]) && IsPossessiveS(text, end)))
              && !SentenceAdverbs.Contains(word);
    }

    private static readonly FrozenSet<string> SentenceAdverbs = FrozenSet.ToFrozenSet(
        ["However", "Meanwhile", "Instead", "Still", "Yet", "Now", "Then", "Later", "Earlier", "Also", "Indeed", "Moreover",
         "Nevertheless", "Nonetheless", "Otherwise", "Finally", "Today", "Yesterday", "Tomorrow", "Afterwards", "Since", "So"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["on", "in", "at", "to", "from", "via", "of", "by", "with", "for", "into", "onto", "about", "the", "a", "an"], StringComparer.Ordinal);

    private static bool IsPossessiveS(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 == text.Length || !Characters.IsWordCharacter(text[apostrophe + 2]));

    private static int ReadPossessive(string text, int i, List<Token> tokens, bool insideSingleQuotes)
    {
        if (i >= text.Length || !Characters.IsApostrophe(text[i]))
        {
            return i;
        }

        if (IsPossessiveS(text, i))
        {
            tokens.Add(new Token(i, 2, TokenKind.Possessive, text[i..(i + 2)]));
            return i + 2;
        }

        // "the soldiers’ habits": a lone apostrophe after a plural, unless it closes a single-quoted span.
        var followedByWordEnd = i + 1 == text.Length || !Characters.IsWordCharacter(text[i + 1]);
        if (!insideSingleQuotes && followedByWordEnd && text[i - 1] is 's' or 'S')
        {
            tokens.Add(new Token(i, 1, TokenKind.Possessive, text[i..(i + 1)]));
            return i + 1;
        }

        return i;
    }
}
