using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Knowledge;

namespace NewsGraph.Extraction.Text;

/// <summary>
/// Tells story paragraphs from the boilerplate around them — navigation, bylines, captions, notices — and keeps
/// what the boilerplate reveals: the headline, the outlet, the date, the credits.
/// </summary>
internal sealed partial class BoilerplateClassifier(Gazetteer gazetteer)
{
    private const int MaxQuotedHeadingWords = 15;

    private static readonly FrozenSet<string> NavigationPhrases = FrozenSet.ToFrozenSet(
    [
        "advertisement", "close", "comments", "connect with us", "copy link", "email", "facebook", "follow us",
        "home", "latest", "linkedin", "listen", "log in", "menu", "more", "news", "newsletter", "on", "print",
        "published", "read more", "reddit", "related", "related stories", "search", "share", "share this article",
        "share this story", "sign in", "sign up", "skip to content", "skip to main content", "subscribe", "top stories",
        "trending", "tweet", "twitter", "updated", "watch", "whatsapp", "x", "ad", "sponsored", "most read", "more from",
    ], StringComparer.OrdinalIgnoreCase);

    public ArticleLayout Classify(IReadOnlyList<string> lines)
    {
        var paragraphs = new List<Paragraph>();
        string? title = null;
        string? datelineAgency = null;
        DateOnly? publishedAt = null;
        string? mastheadOutlet = null;
        string? printedName = null;
        var owners = new List<string>();
        var credits = new List<string>();
        var storyStarted = false;
        var inLinkList = false;

        foreach (var line in lines)
        {
            // "RELATED", "More from the Ledger": the bulleted headlines under such a heading link to other stories.
            inLinkList = LinkListHeading().IsMatch(line) || (inLinkList && LinkItem().IsMatch(line));
            if (inLinkList)
            {
                continue;
            }

            if (Byline().IsMatch(line))
            {
                // Before the masthead and navigation tests: "By Ann Lee · 3 May 2025" has their separators and dates.
                paragraphs.Add(new Paragraph(WithoutVenue(line), ParagraphKind.Byline));
                publishedAt ??= storyStarted ? null : DateParser.Find(line);
                continue;
            }

            if (!storyStarted && printedName is null && PrintedName(line, paragraphs.Count == 0 && mastheadOutlet is null) is { } printed)
            {
                printedName = printed;
                publishedAt ??= DateParser.Find(line);
                paragraphs.Add(new Paragraph(line, ParagraphKind.Masthead));
                continue;
            }

            if (!storyStarted && Masthead(line) is { } masthead)
            {
                mastheadOutlet ??= masthead.Outlet;
                publishedAt ??= masthead.Date;
                continue;
            }

            if (IsNavigation(line))
            {
                if (!storyStarted && publishedAt is null && DateLine().IsMatch(line))
                {
                    publishedAt = DateParser.Find(line);
                }

                continue;
            }

            if (IsNotice(line))
            {
                owners.AddRange(NoticeOwners(line));
                credits.AddRange(CreditedOrganizations(line));
                paragraphs.Add(new Paragraph(line, ParagraphKind.Notice));
                continue;
            }

            if (IsCaption(line))
            {
                paragraphs.Add(new Paragraph(line, ParagraphKind.Caption));
                continue;
            }

            if (IsHeading(line))
            {
                var isTitle = !storyStarted && title is null && CountWords(line) >= 3;
                title = isTitle ? line : title;
                paragraphs.Add(new Paragraph(line, isTitle ? ParagraphKind.Title : ParagraphKind.Heading));
                continue;
            }

            if (!storyStarted)
            {
                datelineAgency = DatelineAgency(line);
            }

            storyStarted = true;
            paragraphs.Add(new Paragraph(line, ParagraphKind.Body));
        }

        owners = owners.Distinct().ToList();
        var outlet = printedName ?? owners.FirstOrDefault() ?? mastheadOutlet ?? datelineAgency;
        return new ArticleLayout(paragraphs, title, outlet, publishedAt, credits.Distinct().ToList()) { Owners = owners };
    }

    /// <summary>
    /// A masthead or section line at the top, parts split by "|" or "·" ("NORTHERN LEDGER · Environment",
    /// "Broadcast March 5, 2025 · Eko Harbour FM"): a part with a date dates the article; the first part of two
    /// or more capitalised words names the outlet (single words are sections).
    /// </summary>
    private static (string? Outlet, DateOnly? Date)? Masthead(string line)
    {
        var parts = line.Split(['|', '\u00B7', '\u2022'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts.Any(p => CountWords(p) > 6) || EndsWithPunctuation(line))
        {
            return null;
        }

        var date = parts.Select(DateParser.Find).FirstOrDefault(d => d is not null);
        var outlet = parts.Where(p => DateParser.Find(p) is null && CountWords(p) >= 2)
            .FirstOrDefault(p => p.Split(' ').All(w => w.Length > 0 && (char.IsUpper(w[0]) || !char.IsLetter(w[0]))));
        return (outlet is null ? null : TitleCase(outlet), date);
    }

    private static string TitleCase(string name) =>
        name.Any(char.IsLower) ? name : string.Join(' ', name.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));

    private static int CountWords(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsNavigation(string line)
    {
        if (FileName().IsMatch(line) || DateLine().IsMatch(line))
        {
            return true;
        }

        var words = CountWords(line);
        if (words > 4 || EndsWithPunctuation(line))
        {
            return false;
        }

        return NavigationPhrases.Contains(line.TrimEnd(':', '|', '»', '>').Trim())
            || (words <= 2 && line.All(c => !char.IsLetter(c) || char.IsLower(c)));
    }

    /// <summary>The outlet's name as the page prints it above the story: a masthead in capitals on its first line, an edition line or a tagline.</summary>
    private string? PrintedName(string line, bool isFirstLine) =>
        (isFirstLine ? Mastheads.FirstLineName(line, gazetteer) : null) ?? Mastheads.EditionOrTaglineName(line);

    private static bool IsNotice(string line) => NoticeMarker().IsMatch(line);

    /// <summary>The owners a notice names: one, or a title and its publisher ("© Harbour Daily — Tide Media, Lda.", "© Harbour Daily / Tide Media Oy").</summary>
    private static IEnumerable<string> NoticeOwners(string line) =>
        NoticeOutlet(line) is { } owner ? OwnerSeparator().Split(owner).Where(o => o.Length > 0) : [];

    private static string? NoticeOutlet(string line)
    {
        var match = CopyrightOwner().Match(line);
        if (!match.Success)
        {
            match = CreatedBy().Match(line);
        }

        return match.Success ? WithLegalForm(line, match.Groups["org"]) : null;
    }

    /// <summary>
    /// The owner a notice names, run on through the legal forms that follow it ("Review B.V.", "Media, Lda."), which the
    /// pattern, stopping at the first period or comma, cuts short.
    /// </summary>
    private static string WithLegalForm(string line, Group owner)
    {
        var name = owner.Value.Trim();
        var words = line[owner.Index..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (count > words.Length || !(OrganizationHeads.IsLegalForm(words[count - 1].TrimEnd(',')) || words[count - 1].EndsWith(',')))
        {
            return name.TrimEnd('.', ',');
        }

        while (count < words.Length && OrganizationHeads.FollowsComma(words[count].TrimEnd(',')) && words[count - 1].EndsWith(','))
        {
            count++;
        }

        return string.Join(' ', words[..count]).TrimEnd(',');
    }

    private IEnumerable<string> CreditedOrganizations(string line)
    {
        var match = ReportingFrom().Match(line);
        if (!match.Success)
        {
            yield break;
        }

        var credited = match.Groups["org"].Value.Trim().TrimEnd('.');
        var entries = gazetteer.Lookup(credited);
        yield return entries.Length > 0 && entries[0].Kind == GazetteerKind.Organization ? entries[0].Name : credited;
    }

    /// <summary>A caption ends with a photo credit ("... Jane Doe/Reuters", "... AFP via Getty Images", "... AP").</summary>
    private bool IsCaption(string line)
    {
        if (line.Any(Characters.IsDoubleQuote))
        {
            return false;
        }

        var credit = PhotoCredit().Match(line);
        if (!credit.Success)
        {
            return false;
        }

        return credit.Groups["agency"].Captures.All(c => IsPhotoAgency(c.Value));
    }

    private bool IsPhotoAgency(string name)
    {
        var entries = gazetteer.Lookup(name.Trim());
        return entries.Length > 0 && entries[0].Kind == GazetteerKind.Organization && entries[0].IsPhotoAgency;
    }

    /// <summary>Unpunctuated lines and lines in title case are headings, not story.</summary>
    private static bool IsHeading(string line)
    {
        if (!EndsWithPunctuation(line) || EndsWithQuotedHeading(line))
        {
            return !SentenceInside().IsMatch(line);
        }

        if (line[^1] is not ('?' or '!') || line.Any(Characters.IsDoubleQuote))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var significant = words.Where(w => w.Length > 3).ToList();
        return words.Length <= 15 && significant.Count > 0 && significant.All(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]));
    }

    /// <summary>
    /// "Harbour master: ‘Every pier is under water’": a short line whose closing quotation mark follows no punctuation
    /// ends as a heading does; a sentence would close the quote after a full stop or go on to one.
    /// </summary>
    private static bool EndsWithQuotedHeading(string line) =>
        line.Length > 2 && line[^1] is '\u201D' or '\u2019' or '"' or '\'' && char.IsLetterOrDigit(line[^2]) && CountWords(line) <= MaxQuotedHeadingWords;

    private static bool EndsWithPunctuation(string line) =>
        line[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '\u201D' or '\u2019' or '\'' or ')' or '\u2026';

    private string? DatelineAgency(string line)
    {
        var match = Dateline().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var entries = gazetteer.Lookup(match.Groups["agency"].Value);
        return entries.Length > 0 && entries[0].Kind == GazetteerKind.Organization ? entries[0].Name : null;
    }

    /// <summary>A sentence that ends inside the line ("… is open.” — Jane Doe") makes it prose, not a heading.</summary>
    [GeneratedRegex(@"\p{Ll}{2,}[.!?][\u201D\u2019""']?\s+\S")]
    private static partial Regex SentenceInside();

    [GeneratedRegex(@"^[\w.-]*\d{4,}[\w.-]*$|^[\w.-]+\.(?:jpe?g|png|gif|webp|svg)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    // "By Ann Lee", "**By Ann Lee** · *Monday*", "By Ann Lee at Hampden Park", "Text: Ann Lee | Photo: Bo Kim",
    // "Presenter: Ann Lee", and a writer with a job and no "By": "Ann Lee, Banking Correspondent".
    [GeneratedRegex(@"^[*_]*(?:By|(?:Interview|Words|Text|Story|Report|Analysis)\s+by|(?:Text|Words|Story|Reporting|Presenter|Host|Interviewer)\s*:)\s+\p{Lu}[\p{L}.'-]+(?:\s+(?:\p{Lu}[\p{L}.'-]+|and|&|,))*[*_]*(?:\s*[,|\u00B7\u2022]\s*.*|\s+[\u2014\u2013]\s+.*|\s+(?:at|in)\s+\p{Lu}.*)?$"
        + @"|^\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3},\s+(?:\p{Lu}[\p{L}-]+\s+){0,3}(?:Correspondent|Reporter|Editor|Writer|Columnist|Journalist)$")]
    private static partial Regex Byline();

    /// <summary>
    /// A byline without the venue the writer reported at ("By Ann Lee at Hampden Park"), which is no entity, nor
    /// anything after a separator; the town the writer filed from ("By Ann Lee in Kenema · Monday") stays, a place.
    /// </summary>
    private static string WithoutVenue(string byline) =>
        BylineVenue().Replace(byline, m => m.Groups["word"].Value == "in" ? " in " + m.Groups["place"].Value.TrimEnd() : "");

    [GeneratedRegex(@"\s+(?<word>at|in)\s+(?<place>\p{Lu}[^|\u00B7\u2022\u2014\u2013]*).*$")]
    private static partial Regex BylineVenue();

    [GeneratedRegex(@"^(?:(?:Published|Posted|Updated|Last updated)\b:?\s*(?:on\s+)?)?(?:(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\p{Lu}[a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}[a-z]{2,8}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[\sT,]+(?:at\s+)?\d{1,2}[:.]\d{2}.*)?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\s*(?:©|\(c\)|Copyright\b)|All rights reserved|Do not reproduce|may not be (?:published|reproduced|redistributed)|\brepublish|^All content created by|includes reporting (?:from|by)|contributed (?:to )?this report|^(?:Reporting|Editing|Writing|Additional reporting) by\b|^With (?:files|reporting) from\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoticeMarker();

    [GeneratedRegex(@"^\s*(?:(?i:related|read more|more from|more on|most read|see also|also read|recommended|further reading)\b|MORE [A-Z]+)[^.!?]{0,60}$")]
    private static partial Regex LinkListHeading();

    [GeneratedRegex(@"^\s*[-\u2013\u2014\u2022\u203A\u00B7*\u00BB>]\s")]
    private static partial Regex LinkItem();

    [GeneratedRegex(@"^\s*(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?<org>\p{Lu}[^.,©]*?)(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:\.|,|\s+All rights reserved|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightOwner();

    [GeneratedRegex(@"\s+[/\u2014\u2013]\s+")]
    private static partial Regex OwnerSeparator();

    [GeneratedRegex(@"^All content created by (?:the\s+)?(?<org>\p{Lu}[^,.]*)")]
    private static partial Regex CreatedBy();

    [GeneratedRegex(@"includes reporting (?:from|by) (?<org>\p{Lu}[^,.;]*)")]
    private static partial Regex ReportingFrom();

    [GeneratedRegex(@"(?:^|[.!?)]\s+|,\s+)(?:(?:Photo|Photograph|Image|Picture|Credit)s?(?:\s+by)?:?\s*)?(?:\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*/\s*)?(?<agency>\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}?)(?:\s+via\s+(?<agency>\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}?))?\.?\s*$")]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .,'-]+(?:,\s+\p{Lu}[\p{Ll}.]+(?:\s+\p{Lu}[\p{Ll}.]+){0,2}(?=,|\s*\())?(?:,\s+\p{Lu}[a-z]+\.?\s+\d{1,2})?\s*\((?<agency>[\p{L} ]+)\)\s*[—–-]")]
    private static partial Regex Dateline();
}
