using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// Reads the roles of a person from the words around their name: titles before it ("Pentagon spokesperson Jane
/// Doe", "President X") and appositives after it ("X, the chief commentator for the Y,").
/// </summary>
internal sealed class RoleFinder(Gazetteer gazetteer)
{
    private static readonly HashSet<string> OrganizationLinks = new(StringComparer.Ordinal) { "for", "at", "of", "with", "in", "from" };

    /// <summary>The roles around <paramref name="personMentions"/>, given the article's organization mentions by paragraph.</summary>
    /// <remarks>By paragraph, because a role's organization is always in the paragraph of the name: looking it up among all the
    /// article's mentions made a text of many names take time in the square of their number.</remarks>
    public IReadOnlyList<Role> Find(IEnumerable<Mention> personMentions, IReadOnlyDictionary<Paragraph, ParagraphOrganizations> organizationsByParagraph)
    {
        var roles = new List<Role>();
        foreach (var mention in personMentions)
        {
            var organizations = organizationsByParagraph.GetValueOrDefault(mention.Paragraph) ?? ParagraphOrganizations.None;
            AddTitleBefore(mention, organizations, roles);
            AddAppositive(mention, organizations, roles);
            AddAppositiveBefore(mention, organizations, roles);
        }

        return roles.Distinct().ToList();
    }

    private void AddTitleBefore(Mention mention, ParagraphOrganizations paragraphOrganizations, List<Role> roles)
    {
        var tokens = mention.Paragraph.Tokens;
        var end = mention.LeadToken;
        var start = end;
        while (start > 0 && tokens[start - 1].IsWord && !tokens[start - 1].IsCapitalized && IsTitleWord(tokens[start - 1].Value))
        {
            start--;
        }

        var organization = paragraphOrganizations.EndingAt(start)?.Name;
        if (start < end && HasHead(tokens, start, end))
        {
            roles.Add(new Role(mention.Paragraph.Slice(start, end), organization));
        }

        if (mention.InnerTitle is { } inner && !IsOnlyHonorific(inner))
        {
            roles.Add(new Role(inner, start == end ? organization : null));
        }
    }

    private void AddAppositive(Mention mention, ParagraphOrganizations paragraphOrganizations, List<Role> roles)
    {
        var paragraph = mention.Paragraph;
        var tokens = paragraph.Tokens;
        var i = mention.EndToken;
        if (i >= tokens.Count || tokens[i].Value != ",")
        {
            return;
        }

        var clauseEnd = i + 1;
        while (clauseEnd < tokens.Count && tokens[clauseEnd].Value is not ("," or "." or ";" or ")" or "\u2014") && tokens[clauseEnd].Kind != TokenKind.Quote)
        {
            clauseEnd++;
        }

        var clauseOrganizations = paragraphOrganizations.Within(i, clauseEnd);
        var titleStart = -1;
        var titleEnd = -1;
        for (var t = i + 1; t < clauseEnd; t++)
        {
            var insideOrganization = clauseOrganizations.Any(o => t >= o.FirstToken && t < o.EndToken);
            if (!insideOrganization && tokens[t].IsWord && IsTitleWord(tokens[t].Value))
            {
                titleStart = titleStart < 0 ? t : titleStart;
                titleEnd = t + 1;
            }
            else if (titleStart >= 0)
            {
                break;
            }
        }

        if (titleStart < 0 || !HasHead(tokens, titleStart, titleEnd) || !OnlyFillerBefore(tokens, i + 1, titleStart, clauseOrganizations))
        {
            return;
        }

        var title = paragraph.Slice(titleStart, titleEnd);
        var organizations = clauseOrganizations
            .Where(o => o.EndToken == titleStart || (o.FirstToken >= titleEnd && LinkedAfterTitle(tokens, titleEnd, o.FirstToken, clauseOrganizations)))
            .Select(o => o.Name)
            .ToList();
        if (organizations.Count == 0)
        {
            roles.Add(new Role(title, null));
        }

        roles.AddRange(organizations.Select(o => new Role(title, o)));
    }

    /// <summary>
    /// "The deputy minister of culture, Nikos Stavrakis,", "and its chief engineer, Nikos Stavrakis,": a determiner, title
    /// words and perhaps "of …" just before the comma that opens the name.
    /// </summary>
    private void AddAppositiveBefore(Mention mention, ParagraphOrganizations paragraphOrganizations, List<Role> roles)
    {
        var paragraph = mention.Paragraph;
        var tokens = paragraph.Tokens;
        var comma = mention.LeadToken - 1;
        if (comma < 2 || tokens[comma].Value != ",")
        {
            return;
        }

        var first = paragraph.SentenceOf(comma).FirstToken;
        for (var d = comma - 2; d >= first && tokens[d].Kind is TokenKind.Word or TokenKind.Possessive; d--)
        {
            if (!NameWords.AppositionOpeners.Contains(tokens[d].Value))
            {
                continue;
            }

            var titleEnd = d + 1;
            while (titleEnd < comma && tokens[titleEnd].IsWord && !tokens[titleEnd].IsCapitalized && IsTitleWord(tokens[titleEnd].Value))
            {
                titleEnd++;
            }

            if (HasHead(tokens, d + 1, titleEnd) && (titleEnd == comma || OrganizationLinks.Contains(tokens[titleEnd].Value)))
            {
                var organization = paragraphOrganizations.Within(titleEnd, comma).FirstOrDefault()?.Name;
                roles.Add(new Role(paragraph.Slice(d + 1, titleEnd), organization));
                return;
            }
        }
    }

    private static bool OnlyFillerBefore(IReadOnlyList<Token> tokens, int start, int titleStart, List<Mention> organizations) =>
        Enumerable.Range(start, titleStart - start).All(t =>
            NameWords.Determiners.Contains(tokens[t].Value) || organizations.Any(o => t >= o.FirstToken && t < o.EndToken));

    /// <summary>Only links ("of", "for the", "both ... and"), or other organizations, stand between the title and the organization.</summary>
    private static bool LinkedAfterTitle(IReadOnlyList<Token> tokens, int titleEnd, int organizationStart, List<Mention> organizations) =>
        Enumerable.Range(titleEnd, organizationStart - titleEnd).All(t =>
            OrganizationLinks.Contains(tokens[t].Value) || NameWords.Determiners.Contains(tokens[t].Value)
            || tokens[t].Value is "both" or "and" or "," || tokens[t].Kind == TokenKind.Possessive
            || organizations.Any(o => t >= o.FirstToken && t < o.EndToken));

    private bool IsTitleWord(string word) => gazetteer.TitleWord(word) is not null;

    private bool HasHead(IReadOnlyList<Token> tokens, int start, int end) =>
        Enumerable.Range(start, end - start).Any(t => gazetteer.TitleWord(tokens[t].Value) is TitleWordKind.Role or TitleWordKind.Office or TitleWordKind.Rank);

    private bool IsOnlyHonorific(string title) =>
        title.Split(' ').All(w => gazetteer.TitleWord(w) is TitleWordKind.Honorific or null);
}
