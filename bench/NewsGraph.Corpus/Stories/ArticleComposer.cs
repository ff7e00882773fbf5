using System.Globalization;
using System.Text;
using NewsGraph.Corpus.Vocabulary;

namespace NewsGraph.Corpus.Stories;

/// <summary>
/// Writes the articles of a story, one per outlet, each in its outlet's house style: which statements it relays,
/// in which wording (the first article the original, the others drifted), attributed in which way.
/// </summary>
internal sealed class ArticleComposer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] LocalMastheads = ["Herald", "Chronicle", "Courier", "Observer", "Gazette", "Tribune"];

    private readonly int _seed;
    private readonly Lexicon _lexicon;
    private readonly Cast _cast;

    private static readonly (QuoteStyle Style, int Weight)[] PersonStyles =
    [
        (QuoteStyle.SaidAfter, 4), (QuoteStyle.SaidBefore, 2), (QuoteStyle.SaidInverted, 2), (QuoteStyle.Told, 1),
        (QuoteStyle.AccordingTo, 1), (QuoteStyle.Split, 3), (QuoteStyle.Fragment, 2),
    ];

    public ArticleComposer(int seed, Lexicon lexicon, Cast cast)
    {
        _seed = seed;
        _lexicon = lexicon;
        _cast = cast;
    }

    /// <summary>The first <paramref name="count"/> articles of <paramref name="story"/>, numbered from <paramref name="firstIndex"/>.</summary>
    public IEnumerable<GeneratedArticle> Compose(Story story, int firstIndex, int count)
    {
        var random = Seeds.Derive(_seed, "outlets|" + story.Id);
        var outlets = _lexicon.Outlets.OrderBy(_ => random.Next()).Take(count).ToList();
        if (outlets.Count > 1 && random.Chance(0.5))
        {
            var style = random.Chance(0.5) ? OutletStyle.Web : OutletStyle.British;
            outlets[random.Next(1, outlets.Count)] = new Outlet("The " + story.City + " " + random.Pick(LocalMastheads), style, ["LOCAL", "NEWS"]);
        }

        for (var a = 0; a < outlets.Count; a++)
        {
            yield return Write(story, firstIndex + a, a, outlets[a]);
        }
    }

    private GeneratedArticle Write(Story story, int index, int position, Outlet outlet)
    {
        var random = Seeds.Derive(_seed, "article|" + story.Id + "|" + position.ToString(Invariant));
        var date = story.Date.AddDays(position == 0 ? 0 : random.Next(0, 3));
        var (open, close) = outlet.Style switch
        {
            OutletStyle.British => ("\u2018", "\u2019"),
            OutletStyle.Web or OutletStyle.Digest => ("\u201C", "\u201D"),
            _ => ("\"", "\""),
        };
        var article = new Writer(this, story, outlet, random, new ArticleText(open, close));
        article.Header(date);
        article.Body(position);
        article.Footer(date);
        var fileName = index.ToString("D6", Invariant) + "_" + Slug(outlet.Name) + "_" + story.Id + ".txt";
        return new GeneratedArticle(index, fileName, article.Text.ToString(), story.Id, outlet.Name, date, article.Text.Quotes);
    }

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '&')
            {
                if (slug.Length > 0 && slug[^1] != '-')
                {
                    slug.Append('-');
                }
            }
        }

        return slug.ToString().Trim('-');
    }

    /// <summary>The state of one article while it is written: who has been named, who spoke last.</summary>
    private sealed class Writer(ArticleComposer composer, Story story, Outlet outlet, Random random, ArticleText text)
    {
        private readonly HashSet<Speaker> _named = [];
        private readonly HashSet<Speaker> _quoted = [];
        private Speaker? _lastSpeaker;
        private Templates.Template? _lead;

        public ArticleText Text => text;

        private bool British => outlet.Style == OutletStyle.British;

        private bool Curly => outlet.Style is OutletStyle.Web or OutletStyle.British or OutletStyle.Digest;

        public void Header(DateOnly date)
        {
            var headline = Render(random.Pick(story.Topic.Headlines));
            var leads = story.Topic.Leads.OrderBy(_ => random.Next()).ToList();
            _lead = leads[0];
            switch (outlet.Style)
            {
                case OutletStyle.Wire:
                    text.Paragraph(headline);
                    text.Paragraph($"{date.ToString("MMMM d, yyyy", Invariant)} {random.Next(1, 12)}:{random.Next(0, 60):D2} {(random.Chance(0.5) ? "AM" : "PM")} GMT");
                    break;
                case OutletStyle.Agency:
                    text.Paragraph(headline);
                    text.Paragraph("Published " + date.ToString("MMMM d, yyyy", Invariant));
                    break;
                case OutletStyle.Web:
                    text.Paragraph("Menu\nSearch\nSubscribe\nSign in");
                    text.Paragraph(string.Join(" | ", outlet.Sections.Count > 0 ? outlet.Sections.OrderBy(_ => random.Next()).Take(2) : ["NEWS"]));
                    text.Paragraph(headline);
                    text.Paragraph($"By {Reporter()}\nPublished {date.ToString("MMMM d, yyyy", Invariant)}");
                    break;
                case OutletStyle.British:
                    text.Paragraph(outlet.Name.ToUpperInvariant());
                    text.Paragraph(headline);
                    text.Paragraph(Render(leads[^1]));
                    text.Paragraph($"{date.ToString("ddd d MMM yyyy", Invariant)} {random.Next(6, 23):D2}.{random.Next(0, 60):D2} GMT");
                    break;
                default:
                    text.Paragraph(headline);
                    text.Paragraph($"{outlet.Name} \u00B7 {date.ToString("d MMMM yyyy", Invariant)}");
                    break;
            }
        }

        public void Body(int position)
        {
            var lead = Render(_lead!);
            var dateline = outlet.Style switch
            {
                OutletStyle.Wire => $"{story.City.ToUpperInvariant()}, {story.Date.ToString("MMMM d", Invariant)} ({outlet.Name}) - ",
                OutletStyle.Agency => $"{story.City.ToUpperInvariant()} ({outlet.Name}) \u2014 ",
                _ => "",
            };
            text.Paragraph(dateline + lead);

            var statements = story.Statements.Where((_, i) => i == 0 || random.Chance(0.7)).ToList();
            if (statements.Count < 2 && story.Statements.Count > 1)
            {
                statements = [.. story.Statements.Take(2)];
            }

            var background = story.Topic.Background.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                var wording = position == 0 ? statement.Original : statement.Drift(random, random.Pick<int>([0, 1, 1, 2, 2, 2]), Word);
                Relay(statement, wording);
                if (i < background.Count && random.Chance(0.6))
                {
                    text.Paragraph(Render(background[i]));
                    _lastSpeaker = null;
                }
            }

            foreach (var rest in background.Skip(statements.Count))
            {
                text.Paragraph(Render(rest));
            }
        }

        public void Footer(DateOnly date)
        {
            switch (outlet.Style)
            {
                case OutletStyle.Wire:
                    text.Paragraph($"(Reporting by {Reporter()}; Editing by {Reporter()})");
                    break;
                case OutletStyle.Agency:
                    text.Paragraph($"{outlet.Name} writer {Reporter()} in {story.City} contributed to this report.");
                    break;
                case OutletStyle.Web:
                    text.Paragraph($"\u00A9 {date.Year} {outlet.Name}. All rights reserved.");
                    break;
            }
        }

        private void Relay(Statement statement, Wording wording)
        {
            var speaker = statement.Speaker;
            var (sentences, fragment) = statement.Render(wording, Word);
            sentences = [.. sentences.Select(Typeset)];
            var whole = string.Join(' ', sentences);
            var altered = whole != string.Join(' ', statement.Render(statement.Original, Word).Sentences.Select(Typeset));
            var truth = new GeneratedQuote(statement.Id, speaker.Name, speaker.IsOrganization, "", 0, QuoteStyle.SaidAfter, false, altered, whole);
            var style = ChooseStyle(statement, wording);
            ArticleText.Quoted Quote(string words, QuoteStyle kind) => new(words, truth with { Style = kind });
            if (!speaker.IsOrganization && !_named.Contains(speaker) && style is not (QuoteStyle.Fragment or QuoteStyle.SaidInverted) && random.Chance(0.2))
            {
                text.Paragraph($"{Introduced(speaker)} {Render(random.Pick(Introductions))}");
                _named.Add(speaker);
                _lastSpeaker = speaker;
            }

            var again = _lastSpeaker == speaker && _named.Contains(speaker) && !speaker.IsOrganization && random.Chance(0.5);
            var named = _named.Contains(speaker);
            var verb = _quoted.Contains(speaker) ? random.Pick(SaidVerbs) : "said";
            switch (style)
            {
                case QuoteStyle.OrganizationStatement when random.Chance(0.5):
                    text.Paragraph($"{Capital(OrganizationRef(speaker))} said in a statement: ", Quote(whole, style));
                    break;
                case QuoteStyle.OrganizationStatement:
                    text.Paragraph(Quote(WithComma(whole), style), $" {OrganizationRef(speaker)} said in a statement.");
                    break;
                case QuoteStyle.SaidAfter:
                    var after = again ? Pronoun(speaker) : named ? Later(speaker) : speaker.PreTitle is { } title ? $"{title} {speaker.Name}" : $"{speaker.Name}, {speaker.Appositive},";
                    text.Paragraph(Quote(WithComma(whole), style), $" {after} {verb}.");
                    break;
                case QuoteStyle.SaidBefore:
                    var before = again ? Capital(Pronoun(speaker)) : named ? Later(speaker) : $"{speaker.Name}, {speaker.Appositive},";
                    text.Paragraph($"{before} {verb}: ", Quote(whole, style));
                    break;
                case QuoteStyle.SaidInverted:
                    var inverted = named ? Later(speaker) : $"{speaker.Name}, {speaker.Appositive}";
                    text.Paragraph(Quote(WithComma(whole), style), $" said {inverted}.");
                    break;
                case QuoteStyle.Told:
                    var told = named ? Later(speaker) : $"{speaker.Name}, {speaker.Appositive},";
                    text.Paragraph(Quote(WithComma(whole), style), $" {told} told {outlet.Name}.");
                    break;
                case QuoteStyle.AccordingTo:
                    var according = named ? Later(speaker) : speaker.PreTitle is { } pre ? $"{pre} {speaker.Name}" : $"{speaker.Name}, {speaker.Appositive}";
                    text.Paragraph($"According to {according}, ", Quote(whole, style));
                    break;
                case QuoteStyle.Split:
                    var rest = string.Join(' ', sentences.Skip(1));
                    if (named)
                    {
                        text.Paragraph(Quote(WithComma(sentences[0]), style), $" {(again ? Pronoun(speaker) : Later(speaker))} said. ", Quote(rest, style));
                    }
                    else
                    {
                        text.Paragraph(Quote(WithComma(sentences[0]), style), $" said {speaker.Name}, {speaker.Appositive}. ", Quote(rest, style));
                    }

                    break;
                default:
                    var who = speaker.IsOrganization ? OrganizationRef(speaker) : named ? Later(speaker) : $"{speaker.Name}, {speaker.Appositive},";
                    var frame = statement.Paraphrase!.Split("<frag>");
                    var fragmentTruth = truth with { Style = QuoteStyle.Fragment, IsFragment = true };
                    text.Paragraph(
                        Capital(Render(frame[0]).Replace("<who>", who, StringComparison.Ordinal)),
                        new ArticleText.Quoted(fragment!, fragmentTruth),
                        Render(frame[1]).Replace("<who>", who, StringComparison.Ordinal) + ".");
                    break;
            }

            _named.Add(speaker);
            _quoted.Add(speaker);
            _lastSpeaker = speaker;
        }

        private QuoteStyle ChooseStyle(Statement statement, Wording wording)
        {
            var canFragment = statement.Paraphrase is not null;
            if (statement.Speaker.IsOrganization)
            {
                return canFragment && random.Chance(0.3) ? QuoteStyle.Fragment : QuoteStyle.OrganizationStatement;
            }

            var styles = PersonStyles
                .Where(s => s.Style switch
                {
                    QuoteStyle.Split => wording.SentenceCount > 1,
                    QuoteStyle.Fragment => canFragment,
                    _ => true,
                })
                .ToList();
            var pick = random.Next(styles.Sum(s => s.Weight));
            foreach (var (style, weight) in styles)
            {
                if ((pick -= weight) < 0)
                {
                    return style;
                }
            }

            return QuoteStyle.SaidAfter;
        }

        /// <summary>"added" only for someone the article has quoted already.</summary>
        private static readonly string[] SaidVerbs = ["said", "said", "added"];

        private static readonly string[] Introductions =
        [
            "spoke to reporters in <City> on <weekday>.",
            "addressed a news conference in <City> on <weekday>.",
            "{met|spoke with} {journalists|reporters} after {a closed-door meeting|talks} in <City>.",
        ];

        private static string Introduced(Speaker speaker) => $"{speaker.Name}, {speaker.Appositive},";

        /// <summary>How the article names someone it has named before: the family name, with Mr or Ms in British style.</summary>
        private string Later(Speaker speaker) =>
            speaker.IsOrganization ? OrganizationRef(speaker) : British ? (speaker.Female ? "Ms " : "Mr ") + speaker.FamilyName : speaker.FamilyName;

        private static string Pronoun(Speaker speaker) => speaker.Female ? "she" : "he";

        /// <summary>An organization in running text: "the Ministry of Energy", but "Velano Power" for a company.</summary>
        private static string OrganizationRef(Speaker speaker) => speaker.Stance == "industry" ? speaker.Organization : "the " + speaker.Organization;

        private string Word(string name) => story.Word(name);

        /// <summary>Renders a headline, lead or background sentence: wording drawn per article; numbers fixed per story, so every outlet reports the same figures.</summary>
        private string Render(Templates.Template template)
        {
            var facts = template.NumberRanges
                .Select(r => Seeds.Derive(composer._seed, $"facts|{story.Id}|{r.Min}-{r.Max}").Next(r.Min, r.Max + 1))
                .ToArray();
            return template.Render(template.Draw(random) with { Numbers = facts }, Word, contracted: false).Text;
        }

        private string Render(string template) => Render(Templates.Template.Parse(template.Replace("<who>", "\u0003", StringComparison.Ordinal))).Replace("\u0003", "<who>", StringComparison.Ordinal);

        private string Reporter() => composer._cast.Staff("reporter|" + outlet.Name + "|" + random.Next(8).ToString(Invariant), null);

        private string Typeset(string sentence) => Curly ? sentence.Replace('\'', '\u2019') : sentence;

        private static string WithComma(string quote) => quote.EndsWith('.') ? quote[..^1] + "," : quote;

        private static string Capital(string text) => text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }
}
