namespace NewsGraph.Extraction.Text;

/// <summary>What a paragraph of an article is.</summary>
internal enum ParagraphKind
{
    /// <summary>Story text: entities and quotes are read from it.</summary>
    Body,
    /// <summary>The headline.</summary>
    Title,
    /// <summary>A section heading or other unpunctuated line; not read for entities or quotes.</summary>
    Heading,
    /// <summary>An image caption: read for entities (and its photo credit), never for quotes.</summary>
    Caption,
    /// <summary>"By Jane Doe": read for the author's name only.</summary>
    Byline,
    /// <summary>Copyright, republication and credit lines: read for the outlet and credits only.</summary>
    Notice,
    /// <summary>The outlet's masthead, edition line or tagline: read for the places it names only.</summary>
    Masthead,
    /// <summary>Navigation, share buttons, bylines, file names: dropped.</summary>
    Navigation,
}
