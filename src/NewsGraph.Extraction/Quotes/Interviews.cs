using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Quotes;

/// <summary>
/// A printed interview or a transcript of testimony in question and answer lines ("Q: …", "A: …"): the answer lines
/// are the words of the one answering, whom the introduction names ("Ana Lima has kept the light for thirty years. She
/// answered our questions by phone", "Testimony of Ana Lima").
/// </summary>
internal static class Interviews
{
    /// <summary>
    /// The one answering, where the body has both question and answer lines: the person the paragraphs before the
    /// first of them name most often (the first named, of those named as often); null when they name no one.
    /// </summary>
    public static SpeakerRef? Interviewee(IReadOnlyList<Paragraph> body, ArticleEntities entities)
    {
        var first = body.FirstOrDefault(p => IsQuestion(p) || IsAnswer(p));
        if (first is null || !body.Any(IsQuestion) || !body.Any(IsAnswer))
        {
            return null;
        }

        var named = entities.PersonMentions
            .Where(m => m.Mention.Paragraph.Index < first.Index && m.Mention.Paragraph.Kind != ParagraphKind.Byline)
            .GroupBy(m => m.Person, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        return named is null ? null : new SpeakerRef(named.Key, SpeakerKind.Person);
    }

    /// <summary>"A: …", "Answer: …".</summary>
    public static bool IsAnswer(Paragraph paragraph) => OpensWith(paragraph, "A", "Answer");

    /// <summary>"Q: …", "Question: …".</summary>
    private static bool IsQuestion(Paragraph paragraph) => OpensWith(paragraph, "Q", "Question");

    private static bool OpensWith(Paragraph paragraph, string letter, string word) =>
        paragraph.Tokens.Count > 2 && paragraph.Tokens[1].Value == ":"
        && (paragraph.Tokens[0].Value == letter || paragraph.Tokens[0].Value.Equals(word, StringComparison.OrdinalIgnoreCase));
}
