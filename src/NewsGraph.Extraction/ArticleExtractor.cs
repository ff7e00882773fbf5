using NewsGraph.Extraction.Entities;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Quotes;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction;

/// <summary>
/// Extracts an article: paragraphs and boilerplate, metadata, people, organizations and places, and quotes with
/// their attribution. Stateless and thread-safe; one instance serves any number of articles in parallel.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly BoilerplateClassifier _boilerplate;
    private readonly MentionFinder _mentions;
    private readonly EntityResolver _entities;
    private readonly QuoteExtractor _quotes;

    /// <summary>Creates an extractor over the general knowledge shipped with NewsGraph.</summary>
    public ArticleExtractor() : this(Gazetteer.Default)
    {
    }

    internal ArticleExtractor(Gazetteer gazetteer)
    {
        _boilerplate = new BoilerplateClassifier(gazetteer);
        _mentions = new MentionFinder(gazetteer);
        _entities = new EntityResolver(new RoleFinder(gazetteer), gazetteer);
        _quotes = new QuoteExtractor(gazetteer);
    }

    /// <summary>Extracts everything the article shows.</summary>
    public ArticleExtraction Extract(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var layout = _boilerplate.Classify(ParagraphSplitter.Split(input.Text));
        var text = LayOut(layout.Paragraphs);
        var storyMentions = layout.Paragraphs
            .Where(p => p.Kind is ParagraphKind.Body or ParagraphKind.Caption or ParagraphKind.Notice or ParagraphKind.Byline || IsCue(p))
            .SelectMany(_mentions.Find)
            .ToList();
        var mentions = storyMentions
            .Concat(layout.Paragraphs.SelectMany(HeadedSpeaker))
            .Concat(ListedNames.Completing(layout.Paragraphs.Where(IsListedLine).SelectMany(_mentions.Find), storyMentions))
            .Concat(layout.Paragraphs.Where(p => p.Kind is ParagraphKind.Title or ParagraphKind.Masthead).SelectMany(_mentions.Find).Where(IsKnownPlace))
            .ToList();
        var entities = _entities.Resolve(OutletsReadAsPeople.Restore(SurnamesReadAsOrganizations.Restore(ParticlePlaces.Spread(mentions))));
        var body = layout.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).ToList();
        var headings = layout.Paragraphs.Where(p => p.Kind is ParagraphKind.Title or ParagraphKind.Heading).ToList();
        var quotes = _quotes.Extract(body, headings, entities);
        var hints = input.Hints;
        var outlet = hints.Outlet ?? layout.Outlet;
        var metadata = new ArticleMetadata(
            hints.Title ?? layout.Title,
            outlet,
            hints.PublishedAt ?? layout.PublishedAt,
            hints.Url,
            "en",
            layout.Credits,
            CountWords(body),
            input.ContentHash);
        return new ArticleExtraction(
            input.Source, metadata, text, entities.People, WithPublishers(entities.Organizations, [outlet, .. layout.Owners]), entities.Places, quotes, input.Warnings);
    }

    // A script's cue ("[CLIP 5 — Ana Ruiz, forecaster at Weather Watch, 0'08\"]") is set apart as headings are, but names who speaks.
    private static bool IsCue(Paragraph paragraph) => paragraph.Kind == ParagraphKind.Heading && Cue.Is(paragraph.Text);

    // A speaker's heading ("Ana Ruiz, United coach") gives the person it names, and nothing of the role after.
    private IEnumerable<Mention> HeadedSpeaker(Paragraph paragraph) =>
        SpeakerHeadings.NameOf(paragraph) is { } name
            ? _mentions.Find(paragraph).Where(m => m.Type == EntityType.Person && name.EndsWith(m.Name, StringComparison.Ordinal))
            : [];

    // A heading that is neither a cue nor a speaker's heading: a key point, a fact box's line, a section heading.
    private static bool IsListedLine(Paragraph paragraph) =>
        paragraph.Kind == ParagraphKind.Heading && !Cue.Is(paragraph.Text) && SpeakerHeadings.NameOf(paragraph) is null;

    // A headline's (or a masthead's) capitals say little about what is a name, so it gives only the countries, regions and cities it names.
    private static bool IsKnownPlace(Mention mention) =>
        mention is { Type: EntityType.Place, IsTentative: false, PlaceKind: PlaceKind.Country or PlaceKind.Region or PlaceKind.City };

    /// <summary>The outlet and the owners its notices name are organizations the article names (in its masthead, notice or page metadata).</summary>
    private static List<OrganizationEntity> WithPublishers(IReadOnlyList<OrganizationEntity> organizations, IEnumerable<string?> publishers)
    {
        var all = organizations.ToList();
        foreach (var publisher in publishers)
        {
            var bare = publisher is null ? null : OrganizationHeads.WithoutLegalForm(publisher);
            if (publisher is not null && !all.Any(o => Names(o, publisher) || (bare is not null && Names(o, bare))))
            {
                all.Add(new OrganizationEntity(publisher, bare is null ? [] : [bare], 1, OrganizationKind.NewsOutlet));
            }
        }

        return all;
    }

    private static bool Names(OrganizationEntity organization, string name) =>
        EntityNames.Key(organization.Name) == EntityNames.Key(name) || organization.Aliases.Any(a => EntityNames.Key(a) == EntityNames.Key(name));

    /// <summary>Numbers the paragraphs and joins the story ones (body and headings) into the article text, noting each one's offset.</summary>
    private static string LayOut(IReadOnlyList<Paragraph> paragraphs)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            paragraph.Index = i;
            if (paragraph.Kind is ParagraphKind.Body or ParagraphKind.Heading)
            {
                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }

                paragraph.Offset = text.Length;
                text.Append(paragraph.Text);
            }
        }

        return text.ToString();
    }

    private static int CountWords(IEnumerable<Paragraph> paragraphs) =>
        paragraphs.Sum(p => p.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number));
}
