using System.Globalization;
using NewsGraph.Extraction;
using NewsGraph.Graph.Linking;

namespace NewsGraph.App.Reports;

/// <summary>Builds the extraction contract from articles and the statements the linker found among them.</summary>
internal static class ExtractionReportBuilder
{
    public static ExtractionReport Build(IReadOnlyList<(string File, ArticleExtraction Extraction)> articles)
    {
        // Files of one name can come from different folders: link under keys unique in the set, report file names.
        var keys = articles.Select((_, i) => i.ToString("D10", CultureInfo.InvariantCulture)).ToList();
        var fileOf = keys.Zip(articles, (key, article) => (key, article.File)).ToDictionary(StringComparer.Ordinal);
        var links = QuoteLinks.Build(articles.Select((a, i) => (keys[i], a.Extraction)).ToList());
        var speakerNames = articles
            .SelectMany(a => a.Extraction.Quotes)
            .Where(q => q.Speaker is not null && QuoteLinks.SpeakerKey(q.Speaker) is not null)
            .GroupBy(q => QuoteLinks.SpeakerKey(q.Speaker)!)
            .ToDictionary(g => g.Key, g => g.First().Speaker!.Name);
        var reports = articles.Select((a, i) => Article(a.File, keys[i], a.Extraction, links)).ToList();
        var statements = links.Statements
            .Select(s => new StatementReport(
                s.Id,
                s.Speaker is null ? null : speakerNames.GetValueOrDefault(s.Speaker),
                s.Canonical,
                s.IsParaphrase ? "PARAPHRASE" : "QUOTE",
                s.Occurrences.Select(o => o.Occurrence.Article).Distinct().Select(k => fileOf[k]).ToList()))
            .ToList();
        return new ExtractionReport(reports, statements);
    }

    private static ArticleReport Article(string file, string key, ArticleExtraction extraction, QuoteLinks links)
    {
        var metadata = extraction.Metadata;
        return new ArticleReport(
            file,
            metadata.Title,
            metadata.Outlet,
            metadata.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            metadata.Url,
            metadata.Credits,
            metadata.WordCount,
            metadata.ContentHash,
            extraction.People.Select(p => new PersonReport(p.Name, p.Aliases, p.Mentions, p.Roles.Select(r => new RoleReport(r.Title, r.Organization)).ToList())).ToList(),
            extraction.Organizations.Select(o => new EntityReport(o.Name, o.Aliases, o.Mentions, EnumNames.UpperSnake(o.Kind))).ToList(),
            extraction.Places.Select(p => new EntityReport(p.Name, p.Aliases, p.Mentions, EnumNames.UpperSnake(p.Kind))).ToList(),
            extraction.Quotes.Select((q, i) => new QuoteReport(
                q.Speaker?.Display,
                q.Text,
                EnumNames.UpperSnake(q.Form),
                q.Verb,
                q.Channel,
                q.Via,
                q.CitedSource?.Display,
                links.QuoteStatements.GetValueOrDefault((key, i)),
                q.Response is { } r ? new ResponseReport(EnumNames.UpperSnake(r.Stance), r.Target) : null)).ToList());
    }
}
